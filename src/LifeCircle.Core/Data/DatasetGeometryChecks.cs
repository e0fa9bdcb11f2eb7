using System.Globalization;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace LifeCircle.Core.Data;

/// <summary>Checks of positions and shapes: inside the district, not lat/lon swapped, valid polygons, populated blocks, facilities on the network.</summary>
public static class DatasetGeometryChecks
{
    /// <summary>How far (degrees, about 5 km) a record may lie outside the envelope of the district's areas and blocks.</summary>
    public const double DistrictMarginDegrees = 0.05;

    /// <summary>A facility farther than this from any street is warned about: its walking times are mostly a straight connector.</summary>
    public const double MaxConnectorMetres = 250;

    public static IEnumerable<DatasetProblem> Validate(Dataset d, DatasetChecks.RecordLocator at)
    {
        var extent = new Envelope();
        foreach (var g in d.Areas.Select(a => a.Geometry).Concat(d.Blocks.Select(b => b.Geometry)).OfType<Geometry>())
        {
            extent.ExpandToInclude(g.EnvelopeInternal);
        }

        if (!extent.IsNull)
        {
            extent.ExpandBy(DistrictMarginDegrees);
        }

        foreach (var p in Positions(d, extent, at))
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

        foreach (var p in Reachability(d, at))
        {
            yield return p;
        }
    }

    private static IEnumerable<DatasetProblem> Positions(Dataset d, Envelope extent, DatasetChecks.RecordLocator locate)
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
            int i = 0;
            foreach (var g in geometries)
            {
                i++;
                if (g is null || g.IsEmpty)
                {
                    continue;
                }

                var c = g.Coordinates[0];
                string at = string.Create(CultureInfo.InvariantCulture, $"({c.X}, {c.Y})");
                if (!ChinaCoordinates.IsInsideChina(new GeoPosition(c.X, c.Y)) && ChinaCoordinates.IsInsideChina(new GeoPosition(c.Y, c.X)))
                {
                    yield return new DatasetProblem(locate(file, i - 1), "geometry", $"{at} looks like latitude, longitude: coordinates must be longitude first (lon, lat)");
                }
                else if (c.X is < -180 or > 180 || c.Y is < -90 or > 90)
                {
                    yield return new DatasetProblem(locate(file, i - 1), "geometry", $"{at} is not a longitude/latitude position");
                }
                else if (!extent.IsNull && !extent.Covers(g.EnvelopeInternal))
                {
                    yield return new DatasetProblem(locate(file, i - 1), "geometry",
                        string.Create(CultureInfo.InvariantCulture, $"{at} lies outside the district (its areas and blocks span {extent.MinX:F3}..{extent.MaxX:F3} E, {extent.MinY:F3}..{extent.MaxY:F3} N)"));
                }
            }
        }
    }

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
                    string.Create(CultureInfo.InvariantCulture, $"is not a valid polygon: {error.Message} at ({error.Coordinate.X}, {error.Coordinate.Y})"));
            }
        }
    }

    private static IEnumerable<DatasetProblem> Reachability(Dataset d, DatasetChecks.RecordLocator locate)
    {
        if (d.Streets.Count == 0 || d.Facilities.Count == 0)
        {
            yield break;
        }

        var projection = new LocalTransverseMercator(new GeoPosition(d.Facilities.Average(f => f.Location.X), d.Facilities.Average(f => f.Location.Y)));
        var graph = WalkingGraph.FromStreets(d.Streets.Select(s => s.Geometry), projection);
        if (graph.EdgeCount == 0)
        {
            yield break;
        }

        var locator = new NetworkLocator(graph);
        var component = Components(graph);
        var blockComponents = d.Blocks.Select(b => b.Geometry.Centroid).Select(c => projection.Project(new GeoPosition(c.X, c.Y)))
            .Select(p => component[graph.EdgeFrom[locator.Locate(p.X, p.Y)!.Value.Edge]]).ToList();
        int main = blockComponents.Count > 0 ? blockComponents.GroupBy(c => c).MaxBy(g => g.Count())!.Key : component[0];
        for (int i = 0; i < d.Facilities.Count; i++)
        {
            var (x, y) = projection.Project(new GeoPosition(d.Facilities[i].Location.X, d.Facilities[i].Location.Y));
            var at = locator.Locate(x, y)!.Value;
            if (component[graph.EdgeFrom[at.Edge]] != main)
            {
                yield return new DatasetProblem(locate(DatasetFiles.Facilities, i), "geometry",
                    "is not reachable from the street network most residents live on: its nearest street is not connected to it", ProblemSeverity.Warning);
            }
            else if (at.ConnectorMetres > MaxConnectorMetres)
            {
                yield return new DatasetProblem(locate(DatasetFiles.Facilities, i), "geometry",
                    string.Create(CultureInfo.InvariantCulture, $"is {at.ConnectorMetres:F0} m from the nearest street (more than {MaxConnectorMetres} m): add the path that leads to it"), ProblemSeverity.Warning);
            }
        }
    }

    /// <summary>Connected-component label of every node (union-find).</summary>
    private static int[] Components(WalkingGraph g)
    {
        var parent = Enumerable.Range(0, g.NodeCount).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        for (int e = 0; e < g.EdgeCount; e++)
        {
            parent[Find(g.EdgeFrom[e])] = Find(g.EdgeTo[e]);
        }

        return Enumerable.Range(0, g.NodeCount).Select(Find).ToArray();
    }
}
