using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;

namespace LifeCircle.Core.Operations;

/// <summary>Builds the DCAT-AP 3.0 catalogue (JSON-LD) of every published district dataset.</summary>
public static class DcatCatalog
{
    public static async Task<Document> GetAsync(ResourceRequest r, VersionResolver versions, CancellationToken ct)
    {
        var (districts, unreachable) = await DistrictRequest.ListDescribedAsync(r, versions, ct);
        return new CatalogDocument(Build(r, districts), [.. districts.Where(d => d.Illustrative).Select(d => d.District.Name)]) { StorageUnreachable = unreachable };
    }

    private const string IanaMediaTypes = "https://www.iana.org/assignments/media-types/";

    public static Dictionary<string, object?> Build(ResourceRequest req, IReadOnlyList<DescribedDistrict> districts)
    {
        string api = req.Resolve("/api");
        var service = new Dictionary<string, object?>
        {
            ["@id"] = api,
            ["@type"] = "dcat:DataService",
            ["dct:title"] = "LifeCircle Open Data API",
            ["dcat:endpointURL"] = Id(api),
            ["dcat:endpointDescription"] = Id(api + "/openapi.json"),
            ["dct:conformsTo"] = Id("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"),
            ["dcat:servesDataset"] = districts.Select(d => Id(new DistrictUrls(req, d.District.Code).Base)).ToList(),
        };
        return new Dictionary<string, object?>
        {
            ["@context"] = new Dictionary<string, string>
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["owl"] = "http://www.w3.org/2002/07/owl#",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = api + "/catalog",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = "LifeCircle Open Data: 15-minute community life circles",
            ["dct:description"] = "Facilities, life circles and walking coverage of districts' 15-minute community life circles.",
            ["dcat:service"] = new[] { service },
            ["dcat:dataset"] = districts.Select(d => Dataset(req, d, api)).ToList(),
        };
    }

    private static Dictionary<string, object?> Dataset(ResourceRequest req, DescribedDistrict described, string api)
    {
        var d = described.District;
        var urls = new DistrictUrls(req, d.Code);
        var distributions = new List<object>();
        foreach (var c in Collections.All)
        {
            foreach (var (format, media) in new[] { ("geojson", "application/geo+json"), ("csv", "text/csv") })
            {
                distributions.Add(new Dictionary<string, object?>
                {
                    ["@type"] = "dcat:Distribution",
                    ["dct:title"] = $"{c.Title.En} ({format.ToUpperInvariant()})",
                    ["dcat:downloadURL"] = Id($"{urls.Base}/downloads/{c.Id}.{format}"),
                    ["dcat:accessURL"] = Id(urls.Items(c.Id)),
                    ["dcat:mediaType"] = Id(IanaMediaTypes + media),
                    ["dct:license"] = Id(d.Licence.Url),
                    ["dcat:accessService"] = Id(api),
                });
            }
        }

        return new Dictionary<string, object?>
        {
            ["@id"] = urls.Base,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = d.Code,
            ["dct:title"] = new[] { Lang(d.Title.En, "en"), Lang(d.Title.Zh, "zh") },
            ["dct:description"] = new[] { Lang(described.Description.En, "en"), Lang(described.Description.Zh, "zh") },
            ["dct:publisher"] = new Dictionary<string, string> { ["@type"] = "foaf:Agent", ["foaf:name"] = described.Publisher },
            ["dct:license"] = Id(d.Licence.Url),
            // dcat:version is the publisher's label (DCAT-AP 3.0); owl:versionInfo stays the content-derived id the API pins versions by.
            ["dcat:version"] = described.VersionLabel,
            ["owl:versionInfo"] = d.CurrentVersion,
            ["dct:modified"] = new Dictionary<string, string> { ["@value"] = d.PublishedAt.ToString("o"), ["@type"] = "xsd:dateTime" },
            ["dcat:landingPage"] = Id(urls.Base),
            ["dcat:distribution"] = distributions,
            ["dct:source"] = described.Sources.Select(Source).ToList(),
        };
    }

    /// <summary>A cited source: a node named by its URL when it has one, else a blank node; its licence is the package's id (e.g. an SPDX id).</summary>
    private static Dictionary<string, object?> Source(Model.DataSource s)
    {
        var node = new Dictionary<string, object?>();
        if (!string.IsNullOrWhiteSpace(s.Url))
        {
            node["@id"] = s.Url;
        }

        node["dct:identifier"] = s.Id;
        node["dct:title"] = s.Title;
        if (!string.IsNullOrWhiteSpace(s.Licence))
        {
            node["dct:license"] = new Dictionary<string, string> { ["@type"] = "dct:LicenseDocument", ["dct:identifier"] = s.Licence };
        }

        return node;
    }

    private static Dictionary<string, string> Id(string uri) => new() { ["@id"] = uri };

    private static Dictionary<string, string> Lang(string text, string language) => new() { ["@value"] = text, ["@language"] = language };
}
