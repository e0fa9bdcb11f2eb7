using LifeCircle.Api.Http;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Ogc;

/// <summary>Absolute URLs of one district's resources, for links.</summary>
public sealed class DistrictUrls(HttpRequest request, string code)
{
    public string Base { get; } = RequestUrls.Resolve(request, $"/api/districts/{Uri.EscapeDataString(code).Replace("%40", "@", StringComparison.Ordinal)}");

    public string Conformance => Base + "/conformance";

    public string Collections => Base + "/collections";

    public string Collection(string id) => $"{Collections}/{Uri.EscapeDataString(id)}";

    public string Items(string id) => Collection(id) + "/items";

    public string Item(string collection, string id) => $"{Items(collection)}/{Uri.EscapeDataString(id)}";

    public string Queryables(string id) => Collection(id) + "/queryables";

    public string Definitions(string what) => $"{Base}/{what}";

    public string OpenApi { get; } = RequestUrls.Resolve(request, "/api/openapi.json");

    public string Docs { get; } = RequestUrls.Resolve(request, "/api/docs");
}
