using System.Globalization;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace LifeCircle.Core.Data;

/// <summary>Checks of positions and shapes: inside the district, not lat/lon swapped, valid polygons, populated blocks. (Whether facilities are on the street network is checked by Coverage.StreetReachability, on the network the coverage is computed with.)</summary>
public static class DatasetGeometryChecks
{
    /// <summary>How far (degrees, about 5 km) a record may lie outside the envelope of the district's areas and blocks.</summary>
    public const double DistrictMarginDegrees = 0.05;

    /// <summary>Positions outside the district or swapped, invalid polygons, empty blocks; positions are quoted as <paramref name="written"/> gives them, when it does.</summary>
    public static IEnumerable<DatasetProblem> Validate(Dataset d, DatasetChecks.RecordLocator at, DatasetChecks.WrittenLocator? written = null)
    {
        var extent = new Envelope();
        // A swapped or impossible position is reported on its own and must not stretch the district's extent.
        foreach (var g in d.Areas.Select(a => a.Geometry).Concat(d.Blocks.Select(b => b.Geometry)).OfType<Geometry>().Where(g => !g.IsEmpty && Plausible(g.Coordinates[0])))
        {
            extent.ExpandToInclude(g.EnvelopeInternal);
        }

        if (!extent.IsNull)
        {
            extent.ExpandBy(DistrictMarginDegrees);
        }

        foreach (var p in Positions(d, extent, at, written ?? ((_, _) => null)))
        {
            yield return p;
        }

        foreach (var p in Shapes(d, at))
        {
            yield return p;
        }

        for (int i = 0; i < d.Blocks.Count; i++)
        {
            if (d.Blocks[i].Population == 0)
            {
                yield return new DatasetProblem(at(DatasetFiles.Blocks, i), "population", "is 0: a block with no residents adds nothing to coverage", ProblemSeverity.Warning);
            }
        }
    }

    private static IEnumerable<DatasetProblem> Positions(Dataset d, Envelope extent, DatasetChecks.RecordLocator locate, DatasetChecks.WrittenLocator written)
    {
        var layers = new (string File, IEnumerable<Geometry?> Geometries)[]
        {
            (DatasetFiles.Facilities, d.Facilities.Select(f => (Geometry?)f.Location)),
            (DatasetFiles.Areas, d.Areas.Select(a => a.Geometry)),
            (DatasetFiles.Circles, d.Circles.Select(c => (Geometry?)c.Geometry)),
            (DatasetFiles.Blocks, d.Blocks.Select(b => (Geometry?)b.Geometry)),
            (DatasetFiles.Streets, d.Streets.Select(s => (Geometry?)s.Geometry)),
        };
        foreach (var (file, geometries) in layers)
        {
            var swapped = new List<(string Location, string At)>();
            var unplaced = new List<(string Location, string At)>();
            var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
            int i = 0;
            foreach (var g in geometries)
            {
                i++;
                if (g is null || g.IsEmpty)
                {
                    continue;
                }

                string location = locate(file, i - 1);
                perFile[ProblemRoots.RecordFile(location) ?? file] = perFile.GetValueOrDefault(ProblemRoots.RecordFile(location) ?? file) + 1;
                var c = g.Coordinates[0];
                // The officer looks for the numbers in the file: quote them as written, in the CRS they were read in.
                var w = written(file, i - 1);
                string at = w is { } x ? string.Create(CultureInfo.InvariantCulture, $"({x.X}, {x.Y}) in {x.Crs}") : string.Create(CultureInfo.InvariantCulture, $"({c.X}, {c.Y})");
                string wgs84 = w is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; it is ({c.X}, {c.Y}) in WGS84");
                if (Swapped(c))
                {
                    swapped.Add((location, at));
                }
                else if (!Plausible(c))
                {
                    unplaced.Add((location, at));
                }
                else if (!extent.IsNull && !extent.Covers(g.EnvelopeInternal))
                {
                    yield return new DatasetProblem(location, "geometry",
                        string.Create(CultureInfo.InvariantCulture, $"{at} lies outside the district (its areas and blocks span {extent.MinX:F3}..{extent.MaxX:F3} E, {extent.MinY:F3}..{extent.MaxY:F3} N in WGS84{wgs84})"))
                    {
                        Hint = "check the position and the layer's CRS in dataset.json",
                    };
                }
            }

            foreach (var p in Grouped(swapped, perFile, file, "looks like latitude, longitude: coordinates must be longitude first (lon, lat)",
                all => all ? "the whole file has latitude and longitude the wrong way round: in a CSV or worksheet, swap the names of the lon and lat columns; in a GIS file, swap the axes"
                    : "swap the two numbers (in a CSV: the lon and lat columns)"))
            {
                yield return p;
            }

            foreach (var p in Grouped(unplaced, perFile, file, "is not a longitude/latitude position",
                _ => $"give the layer's CRS in dataset.json (layers.{Path.GetFileNameWithoutExtension(file)}.crs) or convert the coordinates to longitude, latitude"))
            {
                yield return p;
            }
        }
    }

    /// <summary>One problem per file for the same kind of wrong position on several of its records, naming the others; "every record" when it is all of them.</summary>
    private static IEnumerable<DatasetProblem> Grouped(List<(string Location, string At)> found, Dictionary<string, int> perFile, string layerFile, string problem, Func<bool, string> hint)
    {
        foreach (var group in found.GroupBy(f => ProblemRoots.RecordFile(f.Location) ?? layerFile))
        {
            var list = group.ToList();
            bool all = list.Count > 1 && list.Count == perFile.GetValueOrDefault(group.Key);
            string message = all ? $"{list[0].At} {problem}; so does every record of {group.Key}" : $"{list[0].At} {problem}";
            yield return new DatasetProblem(list[0].Location, "geometry", message) { Hint = hint(all), Affected = [.. list.Skip(1).Select(f => f.Location)] };
        }
    }

    private static bool Swapped(Coordinate c) =>
        !ChinaCoordinates.IsInsideChina(new GeoPosition(c.X, c.Y)) && ChinaCoordinates.IsInsideChina(new GeoPosition(c.Y, c.X));

    private static bool Plausible(Coordinate c) => !Swapped(c) && c.X is >= -180 and <= 180 && c.Y is >= -90 and <= 90;

    private static IEnumerable<DatasetProblem> Shapes(Dataset d, DatasetChecks.RecordLocator locate)
    {
        var polygons = d.Areas.Select((a, i) => (DatasetFiles.Areas, i, a.Geometry))
            .Concat(d.Circles.Select((c, i) => (DatasetFiles.Circles, i, (Geometry?)c.Geometry)))
            .Concat(d.Blocks.Select((b, i) => (DatasetFiles.Blocks, i, (Geometry?)b.Geometry)));
        foreach (var (file, i, g) in polygons)
        {
            if (g is Polygon or MultiPolygon && new IsValidOp(g).ValidationError is { } error)
            {
                yield return new DatasetProblem(locate(file, i), "geometry",
                    string.Create(CultureInfo.InvariantCulture, $"is not a valid polygon: {error.Message} at ({error.Coordinate.X}, {error.Coordinate.Y})"))
                {
                    Hint = "repair the polygon in a GIS (e.g. QGIS: Fix geometries) so that its rings do not cross",
                };
            }
        }
    }
}
