using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Data.Packages.Readers;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Layers;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>Packages checked against the JSON Schemas the API serves: the schema and the reader accept the same packages, and a mistake is listed once.</summary>
public sealed class PackageSchemaCheckTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-schema");

    public void Dispose() => _folder.Dispose();

    private JsonElement Descriptor()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder, DatasetFiles.Descriptor)));
        return doc.RootElement.Clone();
    }

    [Fact]
    public void TheSchemaAcceptsExactlyTheFormatsAndEncodingsTheReaderAccepts()
    {
        Assert.Equal(PackageLayerFiles.FormatNames, PackageSchemas.FormatNames);
        Assert.Equal(TextDecoding.Names, PackageSchemas.EncodingNames);
    }

    [Fact]
    public void ALayerGivenAsOneFileAndALayerGivenAsAListOfFilesBothMatchTheSchema()
    {
        OfficeFilesPackage.Write(_folder);
        Assert.Equal(JsonValueKind.Array, Descriptor().GetProperty("layers").GetProperty("facilities").ValueKind);
        Assert.Equal(JsonValueKind.Object, Descriptor().GetProperty("layers").GetProperty("areas").ValueKind);
        Assert.Empty(PackageSchemaCheck.Descriptor(Descriptor()));
    }

    [Fact]
    public void WhatTheReaderLetsPassButTheSchemaRejectsIsReportedWithFileAndJsonPath()
    {
        SecondDistrictPackage.Write(_folder);
        var path = Path.Combine(_folder, DatasetFiles.Descriptor);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["metadata"]!["crs"] = "EPSG:4326";
        File.WriteAllText(path, json.ToJsonString());

        var problem = Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal((DatasetFiles.Descriptor, "$.metadata.crs"), (problem.Location, problem.Field));
        Assert.Contains("published schema", problem.Message);
    }

    [Fact]
    public void AnEntryOfALayerListIsNamedByItsIndex()
    {
        SecondDistrictPackage.Write(_folder);
        OfficeFilesPackage.SetLayers(_folder, """{"facilities": [{"file": "facilities.csv", "crs": "GCJ-02"}, {"file": "planned.csv", "sheet": 3}]}""");
        Assert.Contains(PackageSchemaCheck.Descriptor(Descriptor()), p => p.Field == "$.layers.facilities[1].sheet");
    }

    [Fact]
    public void AMistakeTheReaderReportsIsNotReportedAgainByTheSchema()
    {
        SecondDistrictPackage.Write(_folder);
        OfficeFilesPackage.SetLayers(_folder, """{"facilities": [{"file": "facilities.csv", "crs": "GCJ-02"}, {"file": "planned.kml"}], "areas": {"file": "areas.geojson", "crs": "BD-09"}}""");
        var problem = Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Location == DatasetFiles.Descriptor);
        Assert.Equal("layers.facilities[1].file", problem.Field);
    }

    [Fact]
    public void ABadFacilityFeatureIsReportedOnceByTheReaderNotAgainByTheSchema()
    {
        var facilities = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = "k-1",
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(106.82, 39.67) },
                ["properties"] = new JsonObject { ["name_zh"] = "幼儿园", ["name_en"] = "K", ["category"] = "kindergarten", ["status"] = "demolished", ["provenance"] = "sourced", ["position_provenance"] = "sourced", ["figures_provenance"] = "sourced" },
            }),
        };
        SecondDistrictPackage.Write(_folder);
        File.WriteAllText(Path.Combine(_folder, "facilities.geojson"), facilities.ToJsonString());
        OfficeFilesPackage.SetLayers(_folder, """{"areas": {"file": "areas.geojson", "crs": "BD-09"}}""");

        var problem = Assert.Single(PackageReader.Read(_folder).Problems, p => p.Location == "facilities.geojson feature 1");
        Assert.Equal("status", problem.Field);
    }
}
