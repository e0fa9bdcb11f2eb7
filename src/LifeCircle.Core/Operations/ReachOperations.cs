using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Planning;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;

namespace LifeCircle.Core.Operations;

/// <summary>What can be reached on foot from a point: the facilities within a walking time with their minutes, or the walking area itself.</summary>
public static class ReachOperations
{
    /// <summary>The parameters of the reach resource besides f.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["point", "minutes", "crs", "theme", "category", "scenario", "result"];

    /// <summary>Longest walk asked about: the coverage cutoff.</summary>
    public const int MaxMinutes = 30;

    public static async Task<Document> GetAsync(DistrictRequest r, CancellationToken ct)
    {
        var (answer, crs) = await AnswerAsync(r.Query, [.. DistrictRequest.Presentation, .. Parameters], await r.Version.CatalogueAsync(ct),
            token => PlanningNetworks.OfAsync(r.Version, token), ct);
        var members = new Dictionary<string, object?> { ["type"] = answer["type"], ["datasetVersion"] = r.Version.Id };
        foreach (var (name, value) in answer)
        {
            members[name] = value;
        }

        members["links"] = new[]
        {
            new Link(r.Request.Self, "self", MediaTypes.GeoJson, "This answer"),
            new Link(r.Urls.Items(Features.Collections.Facilities.Id), "related", MediaTypes.GeoJson, "All facilities"),
        };
        return new PlanningFeaturesDocument(members, crs.Uri);
    }

    /// <summary>The answer's members bar the version and links, for <paramref name="parameters"/> read as the API reads them (400 naming the one at fault), and the CRS it is in.</summary>
    /// <remarks>The API and the command line both answer through this; <paramref name="network"/> is asked for once the parameters are read.</remarks>
    public static async Task<(Dictionary<string, object?> Members, CoordinateSystem Crs)> AnswerAsync(QueryParameters parameters, IReadOnlyCollection<string> allowed,
        Model.DatasetCatalogue catalogue, Func<CancellationToken, Task<PlanningNetwork>> network, CancellationToken ct)
    {
        var query = new QueryReader(parameters, allowed);
        int minutes = query.Int("minutes", 10, 1, MaxMinutes);
        var crs = PlanningPoints.Crs(query.Optional("crs"), "crs");
        var theme = query.OneOf("theme", [.. catalogue.Themes.Select(t => t.Id)]);
        var category = query.OneOf("category", [.. catalogue.Categories.Select(c => c.Code)]);
        var scenario = query.OneOf("scenario", [.. Scenarios.All]) ?? Scenarios.Existing;
        var result = query.OneOf("result", ["facilities", "area"]) ?? "facilities";
        var pointText = query.Optional("point") ?? throw Problems.ProblemException.BadParameter("point", "is required: give lon,lat (in the axis order of crs)");
        var walk = await network(ct);
        var point = PlanningPoints.Parse(pointText, "point", crs, walk.Source.Extent);
        var themeCategories = theme is null ? null : catalogue.Themes.Single(t => t.Id == theme).CategoryCodes.ToHashSet();

        var members = new Dictionary<string, object?>
        {
            ["type"] = "FeatureCollection",
            ["point"] = PlanningPoints.Coordinates(crs, point),
            ["minutes"] = minutes,
            ["scenario"] = scenario,
            ["walkingSpeedKmh"] = walk.Walking.SpeedKmh,
            ["method"] = AccessModel.NetworkMethod,
        };
        if (result == "area")
        {
            var area = walk.Isochrones.Around(GeoJsonPoint(point), [minutes])[0];
            members["features"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["type"] = "Feature",
                    ["id"] = $"reach-{minutes}",
                    ["geometry"] = PlanningFeaturesDocument.Geometry(crs.FromCrs84Geometry(area)),
                    ["properties"] = new Dictionary<string, object?> { ["minutes"] = minutes, ["bufferMetres"] = Isochrones.BufferMetres },
                },
            };
        }
        else
        {
            var reached = QueryBudget.Run(_ => Reach.From(walk, point, minutes, f =>
                (category is null || f.Category == category) && (themeCategories is null || themeCategories.Contains(f.Category))
                && (scenario == Scenarios.WithPlanned || f.Existing)), ct);
            members["numberReturned"] = reached.Count;
            members["features"] = reached.Select((x, i) => new Dictionary<string, object?>
            {
                ["type"] = "Feature",
                ["id"] = x.Facility.Id,
                ["geometry"] = new Dictionary<string, object?> { ["type"] = "Point", ["coordinates"] = PlanningPoints.Coordinates(crs, x.Facility.Location) },
                ["properties"] = new Dictionary<string, object?>
                {
                    ["rank"] = i + 1,
                    ["minutes"] = Math.Round(x.Minutes, 2),
                    ["metres"] = Math.Round(walk.Walking.Metres(x.Minutes), 1),
                    ["name_zh"] = x.Facility.Name,
                    ["category"] = x.Facility.Category,
                    ["existing"] = x.Facility.Existing,
                },
            }).ToList();
        }

        return (members, crs);
    }

    private static NetTopologySuite.Geometries.Point GeoJsonPoint(GeoPosition p) => Data.GeoJson.Point(p.Lon, p.Lat);
}
