using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Importing;

public static partial class PackageCompletion
{
    /// <summary>The files a minimal package (dataset.json, facilities, areas) may leave out, and what stands in for each.</summary>
    private static readonly string[] Optional = [DatasetFiles.Themes, DatasetFiles.Circles, DatasetFiles.Blocks, DatasetFiles.Streets];

    private static Dataset OptionalFiles(Dataset d, IReadOnlyList<DatasetProblem> read, Work work)
    {
        var left = read.Where(p => p.Field == "(file)" && p.Message.StartsWith("is missing", StringComparison.Ordinal) && Optional.Contains(p.Location))
            .Select(p => p.Location).ToHashSet(StringComparer.Ordinal);
        work.Problems.AddRange(read.Where(p => !(p.Field == "(file)" && left.Contains(p.Location))));
        if (left.Contains(DatasetFiles.Themes))
        {
            // Over the package's own catalogue: a theme keeps the categories the catalogue has, and a theme left with none is left out.
            var codes = d.Categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            d = d with
            {
                Themes = [.. StandardThemes.All.Select(t => t with { CategoryCodes = [.. t.CategoryCodes.Where(codes.Contains)] }).Where(t => t.CategoryCodes.Count > 0)],
            };
            work.DeriveFile("themes", $"no themes.json: the standard themed circles over the catalogue's categories ({d.Themes.Count} of {StandardThemes.All.Count})");
        }

        if (left.Contains(DatasetFiles.Circles))
        {
            work.DeriveFile("circles", "no circles.geojson: statistics for the district and its communities only");
        }

        if (left.Contains(DatasetFiles.Streets))
        {
            work.DeriveFile("streets", "no streets.geojson: walking distance is the straight line × 1.3");
        }

        if (left.Contains(DatasetFiles.Blocks))
        {
            var blocks = d.Areas
                .Where(a => a.Kind is AreaKinds.Community or AreaKinds.Village && a.Geometry is { IsEmpty: false } && a.Population > 0)
                .Select(a => new ResidentialBlock(a.Code, a.Code, a.Population, a.ElderlyShare,
                    GeoJson.Point(GeoJson.Round(a.Geometry!.InteriorPoint.X), GeoJson.Round(a.Geometry.InteriorPoint.Y)), a.Provenance with { Position = ValueOrigin.Illustrative, Defaulted = null }))
                .ToList();
            d = d with { Blocks = blocks };
            work.DeriveFile("blocks", $"no blocks.geojson: {blocks.Count} blocks, one per community or village at a point inside it, with its population");
        }

        return d;
    }

    /// <summary>A text default the district declares for a layer's property ("metadata": {"defaults": {"streets": {"kind": "footway"}}}), or null.</summary>
    private static string? Declared(Dataset d, string layer, string property) =>
        d.Metadata.Defaults?.GetValueOrDefault(layer)?.GetValueOrDefault(property);

    /// <summary>Square kilometres of a lon/lat polygon, measured on a transverse Mercator projection centred on it (lon/lat degrees are not metres).</summary>
    public static double AreaKm2(Geometry polygon)
    {
        var centre = polygon.Centroid;
        var projection = new Geodesy.LocalTransverseMercator(new Geodesy.GeoPosition(centre.X, centre.Y));
        var projected = polygon.Copy();
        projected.Apply(new Projecting(projection));
        return Math.Round(projected.Area / 1e6, 3);
    }

    private sealed class Projecting(Geodesy.LocalTransverseMercator projection) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = projection.Project(new Geodesy.GeoPosition(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
