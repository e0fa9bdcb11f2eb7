using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;
using LifeCircle.Core.Planning;
using LifeCircle.Core.Requests;

namespace LifeCircle.Core.Operations;

/// <summary>One input of a process: its title, description and JSON Schema, and whether it is required.</summary>
public sealed record ProcessInput(string Name, string Title, string Description, IReadOnlyDictionary<string, object?> Schema, bool Required = false);

/// <summary>A process this API offers (OGC API – Processes Part 1), executed synchronously; nothing it does is written.</summary>
public sealed record ProcessDefinition(string Id, string Title, string Description, IReadOnlyList<ProcessInput> Inputs, string OutputDescription);

/// <summary>The planning processes and their descriptions (inputs and outputs as JSON Schema), with the limits each request is held to.</summary>
public static class ProcessCatalog
{
    public const string WhatIfId = "coverage-what-if";
    public const string BestSitesId = "best-sites";
    public const string Version = "1.0.0";

    /// <summary>Link relation of a process's execution endpoint, and of the list of processes.</summary>
    public const string ExecuteRel = "http://www.opengis.net/def/rel/ogc/1.0/execute";
    public const string ProcessesRel = "http://www.opengis.net/def/rel/ogc/1.0/processes";

    public const int MaxAdded = 50, MaxRemoved = 200, MaxCandidates = 5000, MaxK = 20;

    private static readonly Dictionary<string, object?> Crs = Schema("string", ("format", "uri"),
        ("default", Geodesy.CoordinateSystems.Crs84.Uri), ("enum", Geodesy.CoordinateSystems.All.Select(c => c.Uri).ToArray()));

    private static readonly Dictionary<string, object?> PointSchema = Schema("array", ("items", Schema("number")), ("minItems", 2), ("maxItems", 2));

    public static IReadOnlyList<ProcessDefinition> All(DatasetCatalogue c) =>
    [
        new(WhatIfId, "Coverage what-if",
            "Adds facilities and/or removes existing ones, then recomputes walking coverage of the categories touched on the version's street network: per area, category, threshold and scenario, before, after and the change, plus every block whose minutes changed. Added facilities count in both scenarios. Nothing is written.",
            [
                new("add", "Facilities to add", $"At most {MaxAdded}: each a point in crs, a category and an optional name.",
                    Schema("array", ("maxItems", MaxAdded), ("items", Schema("object", ("required", new[] { "point", "category" }), ("additionalProperties", false),
                        ("properties", new Dictionary<string, object?> { ["point"] = PointSchema, ["category"] = Categories(c), ["name"] = Schema("string", ("maxLength", 200)) }))))),
                new("remove", "Facility ids to remove", $"At most {MaxRemoved} ids of the version's facilities, each once.", Schema("array", ("maxItems", MaxRemoved), ("uniqueItems", true), ("items", Schema("string")))),
                new("categories", "Categories to report also", "Categories reported even when the change does not touch them (their changes are zero).", Schema("array", ("items", Categories(c)))),
                new("crs", "CRS of the points", "GCJ-02 (Amap) and BD-09 (Baidu) are accepted; axis order as the CRS defines it.", Crs),
            ],
            "Coverage rows (area, category, threshold, scenario) before and after with the change, and the blocks whose walking minutes changed."),
        new(BestSitesId, "Best sites",
            "Chooses k new sites of a category (or any category of a theme) that together bring the most residents (or elderly residents) within the walking threshold: the maximal covering location problem (Church & ReVelle 1974). Exact (every combination) when small; otherwise greedy with lazy evaluation, which covers at least 1 − 1/e of the optimum, with the run's own upper bound. Compared with the district's planned sites of the same categories. See docs/planning.md.",
            [
                new("category", "Category", "The category of the new sites (or give theme).", Categories(c)),
                new("theme", "Theme", "Any category of this theme counts (instead of category).", Schema("string", ("enum", c.Themes.Select(t => t.Id).ToArray()))),
                new("k", "Number of new sites", $"1 to {MaxK}; with candidates given, at most their number.", Schema("integer", ("minimum", 1), ("maximum", MaxK)), Required: true),
                new("threshold", "Walking minutes", "5, 10 or 15; a block exactly at it counts as covered.", Schema("integer", ("enum", new[] { 5, 10, 15 }), ("default", 10))),
                new("weight", "Demand", "residents or elderly (residents × the block's elderly share).", Schema("string", ("enum", new[] { "residents", "elderly" }), ("default", "residents"))),
                new("keep", "Facilities kept", "Whose coverage the new sites add to: existing (default), existing-and-planned, or none.",
                    Schema("string", ("enum", new[] { "existing", "existing-and-planned", "none" }), ("default", "existing"))),
                new("candidates", "Candidate sites", $"At most {MaxCandidates} points in crs; when absent, points along the streets at spacing (docs/planning.md).",
                    Schema("array", ("maxItems", MaxCandidates), ("items", PointSchema))),
                new("spacing", "Candidate spacing (metres)", $"For generated candidates only (not with candidates): one per spacing × spacing square of street, doubled until there are at most {MaxCandidates}.",
                    Schema("number", ("minimum", 25), ("maximum", 2000), ("default", CandidateSites.DefaultSpacingMetres))),
                new("crs", "CRS of the points", "For candidates and the sites returned.", Crs),
            ],
            "The sites in order with their marginal gains, covered demand before and after, the planned sites' figures, and the bound on the optimum."),
    ];

    public static ProcessDefinition? Find(DatasetCatalogue c, string id) => All(c).FirstOrDefault(p => p.Id == id);

    /// <summary>A process's summary as the process list gives it.</summary>
    public static Dictionary<string, object?> Summary(ProcessDefinition p, DistrictUrls urls) => new()
    {
        ["id"] = p.Id,
        ["title"] = p.Title,
        ["description"] = p.Description,
        ["version"] = Version,
        ["jobControlOptions"] = new[] { "sync-execute" },
        ["outputTransmission"] = new[] { "value" },
        ["links"] = new[]
        {
            new Link(Url(urls, p.Id), "self", MediaTypes.Json, "Process description"),
            new Link(Url(urls, p.Id) + "/execution", ExecuteRel, MediaTypes.Json, "Execute (POST)"),
        },
    };

    /// <summary>The full description: the summary with inputs and outputs.</summary>
    public static Dictionary<string, object?> Description(ProcessDefinition p, DistrictUrls urls)
    {
        var d = Summary(p, urls);
        d["inputs"] = p.Inputs.ToDictionary(i => i.Name, i => (object?)new Dictionary<string, object?>
        {
            ["title"] = i.Title,
            ["description"] = i.Description,
            ["schema"] = i.Schema,
            ["minOccurs"] = i.Required ? 1 : 0,
            ["maxOccurs"] = 1,
        });
        d["outputs"] = new Dictionary<string, object?>
        {
            ["result"] = new Dictionary<string, object?> { ["title"] = "Result", ["description"] = p.OutputDescription, ["schema"] = Schema("object", ("contentMediaType", MediaTypes.Json)) },
        };
        return d;
    }

    public static string Url(DistrictUrls urls, string? id = null) => urls.Definitions("processes") + (id is null ? "" : "/" + Uri.EscapeDataString(id));

    private static Dictionary<string, object?> Categories(DatasetCatalogue c) => Schema("string", ("enum", c.Categories.Select(x => x.Code).ToArray()));

    private static Dictionary<string, object?> Schema(string type, params (string Key, object? Value)[] members)
    {
        var s = new Dictionary<string, object?> { ["type"] = type };
        foreach (var (key, value) in members)
        {
            s[key] = value;
        }

        return s;
    }
}
