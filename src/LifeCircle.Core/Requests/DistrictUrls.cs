namespace LifeCircle.Core.Requests;

/// <summary>Absolute URLs of one district's resources, for links.</summary>
public sealed class DistrictUrls(ResourceRequest request, string code)
{
    public string Base { get; } = request.Resolve($"/api/districts/{Uri.EscapeDataString(code).Replace("%40", "@", StringComparison.Ordinal)}");

    public string Conformance => Base + "/conformance";

    public string Collections => Base + "/collections";

    public string Collection(string id) => $"{Collections}/{Uri.EscapeDataString(id)}";

    public string Items(string id) => Collection(id) + "/items";

    public string Item(string collection, string id) => $"{Items(collection)}/{Uri.EscapeDataString(id)}";

    public string Queryables(string id) => Collection(id) + "/queryables";

    public string Definitions(string what) => $"{Base}/{what}";

    public string OpenApi { get; } = request.Resolve("/api/openapi.json");

    public string Docs { get; } = request.Resolve("/api/docs");
}
