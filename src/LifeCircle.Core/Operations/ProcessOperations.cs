using System.Text.Json;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Planning;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Queries;

namespace LifeCircle.Core.Operations;

/// <summary>OGC API – Processes Part 1 under each district: the process list, descriptions, and synchronous execution of the planning processes.</summary>
/// <remarks>Anonymous and read-only: an execution reads the version the URL names and writes nothing; its work is charged to the request budget.</remarks>
public static class ProcessOperations
{
    public static async Task<Document> ListAsync(DistrictRequest r, CancellationToken ct)
    {
        r.TakesNoParameters();
        var catalogue = await r.Version.CatalogueAsync(ct);
        return new ProcessDocument(new Dictionary<string, object?>
        {
            ["processes"] = ProcessCatalog.All(catalogue).Select(p => ProcessCatalog.Summary(p, r.Urls)).ToList(),
            ["links"] = new[] { new Link(r.Request.Self, "self", MediaTypes.Json, "The processes of this district") },
        });
    }

    public static async Task<Document> DescribeAsync(DistrictRequest r, string processId, CancellationToken ct)
    {
        r.TakesNoParameters();
        var process = Find(await r.Version.CatalogueAsync(ct), processId, r);
        return new ProcessDocument(ProcessCatalog.Description(process, r.Urls));
    }

    /// <summary>Runs a process on the version the URL names; the answer names that version.</summary>
    public static async Task<Document> ExecuteAsync(DistrictRequest r, string processId, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        r.TakesNoParameters();
        var catalogue = await r.Version.CatalogueAsync(ct);
        var process = Find(catalogue, processId, r);
        var inputs = ProcessInputs.Parse(body, process.Inputs.Select(i => i.Name).ToList());
        var result = Run(process, inputs, catalogue, await PlanningNetworks.OfAsync(r.Version, ct), ct);
        result["process"] = process.Id;
        result["district"] = r.Version.District.Code;
        result["datasetVersion"] = r.Version.Id;
        result["written"] = false;
        result["links"] = new[]
        {
            new Link(ProcessCatalog.Url(r.Urls, process.Id), "describedby", MediaTypes.Json, "The process description"),
            new Link(r.Urls.Definitions("coverage"), "related", MediaTypes.Json, "The published coverage of this version"),
        };
        return new ProcessDocument(result);
    }

    /// <summary>A process's answer bar the version and links, computed on <paramref name="network"/>; 400 naming the input at fault. The API and the command line both run processes through this.</summary>
    public static Dictionary<string, object?> Run(ProcessDefinition process, ProcessInputs inputs, Model.DatasetCatalogue catalogue, PlanningNetwork network, CancellationToken ct) =>
        process.Id == ProcessCatalog.WhatIfId
            ? WhatIfResult(inputs, catalogue, network, ct)
            : BestSitesResult(inputs, catalogue, network, ct);

    private static ProcessDefinition Find(Model.DatasetCatalogue catalogue, string id, DistrictRequest r) =>
        ProcessCatalog.Find(catalogue, id) ?? throw ProblemException.NotFound(
            $"District {r.Version.District.Code} has no process '{id}'; its processes are {string.Join(", ", ProcessCatalog.All(catalogue).Select(p => p.Id))}.");

    private static Dictionary<string, object?> WhatIfResult(ProcessInputs inputs, Model.DatasetCatalogue catalogue, PlanningNetwork network, CancellationToken ct)
    {
        var crs = PlanningPoints.Crs(inputs.String("crs"), "crs");
        var codes = catalogue.Categories.Select(c => c.Code).ToList();
        var ids = network.Source.Facilities.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var added = inputs.Array("add", ProcessCatalog.MaxAdded, (e, name) =>
        {
            var m = ProcessInputs.Members(e, name, ["point", "category", "name"]);
            if (!m.TryGetValue("point", out var point) || !m.TryGetValue("category", out var category))
            {
                throw ProblemException.BadParameter(name, "needs a point and a category");
            }

            return new AddedFacility(ProcessInputs.Point(point, $"{name}.point", crs, network.Source.Extent),
                OneOf(category, $"{name}.category", codes), m.TryGetValue("name", out var n) ? Text(n, $"{name}.name") : null);
        });
        var removedIds = new HashSet<string>(StringComparer.Ordinal);
        var removed = inputs.Array("remove", ProcessCatalog.MaxRemoved, (e, name) =>
            Text(e, name) is not { } id || !ids.Contains(id) ? throw ProblemException.BadParameter(name, $"'{e}' is not the id of one of this version's facilities")
            : removedIds.Add(id) ? id : throw ProblemException.BadParameter(name, $"'{id}' is already removed earlier in the list; give each id once"));
        var report = inputs.Array("categories", 100, (e, name) => OneOf(e, name, codes));

        var answer = QueryBudget.Run(_ => WhatIf.Evaluate(network, added, removedIds, report), ct);
        return new Dictionary<string, object?>
        {
            ["method"] = Method(network),
            ["added"] = added.Select(a => new { point = PlanningPoints.Coordinates(crs, a.Location), a.Category, a.Name }).ToList(),
            ["removed"] = removed,
            ["categories"] = answer.Categories,
            ["blocks"] = answer.Blocks,
        };
    }

    private static Dictionary<string, object?> BestSitesResult(ProcessInputs inputs, Model.DatasetCatalogue catalogue, PlanningNetwork network, CancellationToken ct)
    {
        var crs = PlanningPoints.Crs(inputs.String("crs"), "crs");
        var category = inputs.String("category", catalogue.Categories.Select(c => c.Code).ToList());
        var theme = inputs.String("theme", catalogue.Themes.Select(t => t.Id).ToList());
        if ((category is null) == (theme is null))
        {
            throw ProblemException.BadParameter(category is null ? "category" : "theme", "give exactly one of category and theme");
        }

        IReadOnlySet<string> categories = category is not null ? new HashSet<string> { category } : catalogue.Themes.Single(t => t.Id == theme).CategoryCodes.ToHashSet();
        if (!inputs.Has("k"))
        {
            throw ProblemException.BadParameter("k", $"is required: the number of new sites, 1 to {ProcessCatalog.MaxK}");
        }

        int k = inputs.Int("k", 1, 1, ProcessCatalog.MaxK);
        int threshold = inputs.Int("threshold", 10, 5, 15);
        if (threshold is not (5 or 10 or 15))
        {
            throw ProblemException.BadParameter("threshold", "must be 5, 10 or 15");
        }

        var weight = inputs.String("weight", ["residents", "elderly"]) == "elderly" ? DemandWeight.Elderly : DemandWeight.Residents;
        var keep = inputs.String("keep", ["existing", "existing-and-planned", "none"]) switch
        {
            "none" => KeptFacilities.None,
            "existing-and-planned" => KeptFacilities.ExistingAndPlanned,
            _ => KeptFacilities.Existing,
        };
        double spacing = inputs.Number("spacing", CandidateSites.DefaultSpacingMetres, 25, 2000);
        var candidates = inputs.Has("candidates")
            ? inputs.Array("candidates", ProcessCatalog.MaxCandidates, (e, name) => ProcessInputs.Point(e, name, crs, network.Source.Extent))
            : null;
        if (candidates is { Count: 0 })
        {
            throw ProblemException.BadParameter("candidates", "is empty; give at least one point or leave it out for points along the streets");
        }

        if (candidates is not null && inputs.Has("spacing"))
        {
            throw ProblemException.BadParameter("spacing", "applies only to candidates generated along the streets; leave it out when giving candidates");
        }

        if (candidates is not null && k > candidates.Count)
        {
            throw ProblemException.BadParameter("k", $"is {k} but only {candidates.Count} candidates are given; k cannot exceed the number of candidates");
        }

        var answer = QueryBudget.Run(token => BestSites.Choose(network,
            new BestSitesQuestion(categories, k, threshold, weight, keep, candidates, spacing, ProcessCatalog.MaxCandidates), token), ct);
        return new Dictionary<string, object?>
        {
            ["method"] = Method(network),
            ["categories"] = categories.Order(StringComparer.Ordinal).ToList(),
            ["k"] = k,
            ["threshold"] = threshold,
            ["weight"] = weight == DemandWeight.Elderly ? "elderly" : "residents",
            ["keep"] = keep switch { KeptFacilities.None => "none", KeptFacilities.Existing => "existing", _ => "existing-and-planned" },
            ["solver"] = answer.Method,
            ["guarantee"] = answer.Method == "exhaustive"
                ? "exact: every combination of k candidates was tried"
                : "greedy with lazy evaluation: covers at least 1 - 1/e (about 63.2%) of the optimum gain; optimumAtMost is this run's upper bound",
            // The solver stops when no candidate brings anyone new: a site that adds nothing is no recommendation, and the answer says why it holds fewer.
            ["shortfall"] = answer.Sites.Count < k
                ? new { asked = k, given = answer.Sites.Count, reason = $"no other of the {answer.CandidateCount} candidates brings anyone new within {threshold} minutes of a site" }
                : null,
            ["sites"] = answer.Sites.Select(s => new { s.Rank, point = PlanningPoints.Coordinates(crs, s.Location), gain = Math.Round(s.Gain, 1), coveredAfter = Math.Round(s.CoveredAfter, 1) }).ToList(),
            ["chosen"] = Rounded(answer.Chosen),
            ["planned"] = Rounded(answer.Planned),
            ["total"] = Math.Round(answer.Total, 1),
            ["optimumAtMost"] = Math.Round(answer.OptimumAtMost, 1),
            // What this run proves on this instance: the chosen gain is at least this share of the best possible gain.
            ["gainShareOfOptimumAtLeast"] = answer.OptimumAtMost - answer.Chosen.Before > 0
                ? Math.Round(answer.Chosen.Gain / (answer.OptimumAtMost - answer.Chosen.Before), 4) : 1.0,
            ["candidates"] = new { count = answer.CandidateCount, rule = answer.SpacingMetres is null ? "supplied" : "along-streets", spacingMetres = answer.SpacingMetres },
        };
    }

    private static object Method(PlanningNetwork n) => new
    {
        method = AccessModel.NetworkMethod,
        walkingSpeedKmh = n.Walking.SpeedKmh,
        networkNodes = n.Graph.NodeCount,
        networkEdges = n.Graph.EdgeCount,
    };

    private static CoveredTotals Rounded(CoveredTotals t) => new(t.Sites, Math.Round(t.Before, 1), Math.Round(t.After, 1), Math.Round(t.Gain, 1));

    private static string Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 and <= 200 } s ? s : throw ProblemException.BadParameter(name, "must be a string of 1 to 200 characters");

    private static string OneOf(JsonElement e, string name, IReadOnlyCollection<string> allowed) =>
        Text(e, name) is var s && allowed.Contains(s) ? s : throw ProblemException.BadParameter(name, $"'{s}' is not a category of this version; allowed: {string.Join(", ", allowed.Take(60))}");
}
