using LifeCircle.Api.Http;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Api.Ogc;

/// <summary>Builds the JSON documents that describe collections: their metadata and their queryables schema.</summary>
public static class CollectionDocuments
{
    public static object Describe(CollectionDefinition c, FeatureSnapshot snapshot, PublishedDistrict district, DistrictUrls urls)
    {
        var e = snapshot.Extent;
        return new
        {
            id = c.Id,
            title = c.Title.En,
            description = c.Description.En,
            titles = c.Title,
            descriptions = c.Description,
            itemType = "feature",
            geometryType = c.GeometryType,
            numberOfFeatures = snapshot.Count,
            extent = new
            {
                spatial = new { bbox = e.IsNull ? Array.Empty<double[]>() : [[e.MinX, e.MinY, e.MaxX, e.MaxY]], crs = CoordinateSystems.Crs84.Uri },
                temporal = new
                {
                    interval = new[] { new[] { Year(snapshot.YearRange?.First, false), Year(snapshot.YearRange?.Last, true) } },
                    trs = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
                },
            },
            crs = CoordinateSystems.All.Select(x => x.Uri),
            storageCrs = CoordinateSystems.Crs84.Uri,
            links = new[]
            {
                new Link(urls.Collection(c.Id), "self", ApiResponse.Json, c.Title.En),
                new Link(urls.Items(c.Id), "items", ApiResponse.GeoJson, $"{c.Title.En} as GeoJSON"),
                new Link(urls.Queryables(c.Id), "http://www.opengis.net/def/rel/ogc/1.0/queryables", ApiResponse.SchemaJson, "Queryable properties"),
                new Link(district.Licence.Url, "license", "text/html", district.Licence.Title),
            },
        };
    }

    /// <summary>The queryables as a JSON Schema (draft 2020-12), as OGC API – Features Part 3 asks.</summary>
    public static object Queryables(CollectionDefinition c, DatasetCatalogue catalogue, DistrictUrls urls)
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
