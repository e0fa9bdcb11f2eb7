using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Data.Packages.Readers;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Tests.Data.Packages.Readers;

/// <summary>GIS features become records exactly as GeoJSON features would.</summary>
public sealed class AttributeRecordsTests
{
    [Fact]
    public void AShapefileRecordWithoutAShapeIsAnAreaWithoutGeometryAsInGeoJson()
    {
        var attributes = new Dictionary<string, object?> { ["id"] = "510107006000", ["name_zh"] = "玉林街道", ["kind"] = "subdistrict", ["population"] = 37000 };
        var problems = new List<DatasetProblem>();

        var areas = AttributeRecords.Read([new AttributeFeature(1, attributes, new GeometryFactory().CreateMultiPolygon())], LayerCodecs.Areas, "areas.shp", null, problems, new List<string>());

        Assert.Empty(problems);
        Assert.Null(Assert.Single(areas).Geometry);
    }
}
