namespace LifeCircle.Core.Documents;

/// <summary>A resource as an operation answers it, before a renderer writes it in a media type.</summary>
/// <remarks>Its public properties are its JSON members; the methods below say how the JSON rendering is labelled.</remarks>
public abstract record Document
{
    /// <summary>The media type of the JSON rendering; null for a document that has none (a file whose URL names another format).</summary>
    public virtual string? JsonMediaType() => MediaTypes.Json;

    /// <summary>What the JSON rendering writes: the document itself, unless it wraps a ready-made JSON value.</summary>
    public virtual object JsonContent() => this;

    /// <summary>The HTTP status the document is answered with (200 unless it reports a failure, as an unhealthy health check does).</summary>
    public virtual int HttpStatus() => 200;

    /// <summary>The CRS of the coordinates, for the Content-Crs header; null when the document has none.</summary>
    public virtual string? ContentCrs() => null;

    /// <summary>The name to save the answer under, for a document that is a file (sent as Content-Disposition); null otherwise.</summary>
    public virtual string? FileName() => null;

    /// <summary>True when storage could not be reached and the document was made from what was last read from it (the answer says so).</summary>
    public virtual bool ServedFromMemory() => false;
}

/// <summary>The media types the API writes.</summary>
public static class MediaTypes
{
    /// <summary>JSON and the JSON-based types.</summary>
    public const string Json = "application/json", GeoJson = "application/geo+json", ProblemJson = "application/problem+json",
        SchemaJson = "application/schema+json", JsonLd = "application/ld+json", OpenApiJson = "application/vnd.oai.openapi+json;version=3.0";

    /// <summary>Web pages.</summary>
    public const string Html = "text/html";
}
