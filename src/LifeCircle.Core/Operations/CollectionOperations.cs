using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;

namespace LifeCircle.Core.Operations;

/// <summary>A district's collections: the list, each one's description, and its queryables.</summary>
public static class CollectionOperations
{
    public static async Task<Document> ListAsync(DistrictRequest r, CancellationToken ct)
    {
        r.TakesNoParameters();
        var described = new List<CollectionDocument>();
        foreach (var c in Collections.All)
        {
            described.Add(Describe(c, await OutlineAsync(r.Version, c, ct), r.Version.District, r.Urls));
        }

        return new CollectionsDocument([new Link(r.Urls.Collections, "self", MediaTypes.Json, "Collections")], [.. CoordinateSystems.All.Select(x => x.Uri)], described);
    }

    public static async Task<Document> GetAsync(DistrictRequest r, string collectionId, CancellationToken ct)
    {
        r.TakesNoParameters();
        var collection = Find(collectionId);
        return Describe(collection, await OutlineAsync(r.Version, collection, ct), r.Version.District, r.Urls);
    }

    public static async Task<Document> QueryablesAsync(DistrictRequest r, string collectionId, CancellationToken ct)
    {
        r.TakesNoParameters();
        var collection = Find(collectionId);
        return new QueryablesDocument(Queryables(collection, await r.Version.CatalogueAsync(ct), r.Urls));
    }

    /// <summary>The collection by id, or 404 naming the ones that exist.</summary>
    public static CollectionDefinition Find(string collectionId) =>
        Collections.Find(collectionId)
        ?? throw ProblemException.NotFound($"There is no collection '{collectionId}'; collections: {string.Join(", ", Collections.All.Select(c => c.Id))}.");

    /// <summary>A stored collection's count, extent and years as published; a computed one's from what it is computed from, without computing it.</summary>
    private static async Task<LayerOutline> OutlineAsync(PublishedVersion version, CollectionDefinition c, CancellationToken ct)
    {
        if (c.Definition.Storage == LayerStorage.NotStored)
        {
            return await ComputedLayers.OutlineAsync(version, c, ct);
        }

        return await version.OutlineAsync(c, ct);
    }

    private static CollectionDocument Describe(CollectionDefinition c, LayerOutline outline, PublishedDistrict district, DistrictUrls urls)
    {
        var e = outline.Extent;
        return new CollectionDocument(
            c.Id, c.Title.En, c.Description.En, c.Title, c.Description, "feature", c.GeometryType, outline.Count,
            new CollectionExtent(
                new SpatialExtent(e.IsNull ? [] : [[e.MinX, e.MinY, e.MaxX, e.MaxY]], CoordinateSystems.Crs84.Uri),
                new TemporalExtent([[Year(outline.YearRange?.First, false), Year(outline.YearRange?.Last, true)]], "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian")),
            [.. CoordinateSystems.All.Select(x => x.Uri)],
            CoordinateSystems.Crs84.Uri,
            [
                new Link(urls.Collection(c.Id), "self", MediaTypes.Json, c.Title.En),
                new Link(urls.Items(c.Id), "items", MediaTypes.GeoJson, $"{c.Title.En} as GeoJSON"),
                new Link(urls.Queryables(c.Id), "http://www.opengis.net/def/rel/ogc/1.0/queryables", MediaTypes.SchemaJson, "Queryable properties"),
                new Link(district.Licence.Url, "license", "text/html", district.Licence.Title),
            ]);
    }

    /// <summary>The queryables as a JSON Schema (draft 2020-12), as OGC API – Features Part 3 asks.</summary>
    private static Dictionary<string, object> Queryables(CollectionDefinition c, DatasetCatalogue catalogue, DistrictUrls urls)
    {
        var properties = new Dictionary<string, object>
        {
            ["geometry"] = new Dictionary<string, object>
            {
                ["x-ogc-role"] = "primary-geometry",
                ["format"] = c.GeometryFormat,
                ["description"] = "The feature's geometry; use it in spatial functions such as S_INTERSECTS.",
            },
        };
        foreach (var q in c.QueryablesOf(catalogue))
        {
            var schema = new Dictionary<string, object> { ["title"] = q.Name, ["description"] = q.Description };
            if (q.Type == "array")
            {
                schema["type"] = "array";
                schema["items"] = q.Enum is null ? new Dictionary<string, object> { ["type"] = "string" } : new Dictionary<string, object> { ["type"] = "string", ["enum"] = q.Enum };
            }
            else
            {
                schema["type"] = q.Type;
                if (q.Enum is not null)
                {
                    schema["enum"] = q.Enum;
                }
            }

            if (q.Unit is not null)
            {
                schema["x-ogc-unit"] = q.Unit;
            }

            properties[q.Name] = schema;
        }

        return new Dictionary<string, object>
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = urls.Queryables(c.Id),
            ["type"] = "object",
            ["title"] = c.Title.En,
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    private static string? Year(int? year, bool end) =>
        year is int y ? (end ? $"{y}-12-31T23:59:59Z" : $"{y}-01-01T00:00:00Z") : null;
}
