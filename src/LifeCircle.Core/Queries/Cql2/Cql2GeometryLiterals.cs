using LifeCircle.Core.Data;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;

namespace LifeCircle.Core.Queries.Cql2;

/// <summary>Reads and checks the geometry literals of a filter (WKT, BBOX, GeoJSON) before any feature is compared with them.</summary>
public static class Cql2GeometryLiterals
{
    /// <summary>A WKT literal; <paramref name="position"/> (1-based) is where it starts in the filter, for the message.</summary>
    public static Geometry FromWkt(string wkt, int position)
    {
        try
        {
            return new WKTReader(GeoJson.Factory.GeometryServices).Read(wkt);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Besides ParseException, NTS reports e.g. a ring that does not close, or a line of one point, as ArgumentException.
            throw new Cql2Exception($"the geometry at character {position} is not valid WKT: {ex.Message}");
        }
    }

    /// <summary>A BBOX(west, south, east, north) or 6-number BBOX as a polygon.</summary>
    public static Geometry Bbox(IReadOnlyList<double> n)
    {
        if (n.Count is not (4 or 6))
        {
            throw new Cql2Exception($"BBOX takes 4 or 6 numbers, not {n.Count}");
        }

        if (n.Any(x => !double.IsFinite(x)))
        {
            throw new Cql2Exception("BBOX takes finite numbers");
        }

        var (w, s, e, north) = n.Count == 4 ? (n[0], n[1], n[2], n[3]) : (n[0], n[1], n[3], n[4]);
        if (w > e || s > north)
        {
            throw new Cql2Exception("BBOX must be given as west, south, east, north with west <= east and south <= north");
        }

        return GeoJson.Factory.ToGeometry(new Envelope(w, e, s, north));
    }

    /// <summary>Refuses what the spatial operators cannot compare reliably: collections, huge, non-finite or invalid geometries.</summary>
    public static Geometry Checked(Geometry g)
    {
        if (g.OgcGeometryType == OgcGeometryType.GeometryCollection)
        {
            throw new Cql2Exception("GEOMETRYCOLLECTION literals are not supported; use POINT, LINESTRING, POLYGON or their MULTI forms");
        }

        if (g.NumPoints > Cql2Limits.MaxVertices)
        {
            throw new Cql2Exception($"a geometry literal has {g.NumPoints} vertices; at most {Cql2Limits.MaxVertices} are allowed");
        }

        if (g.IsEmpty)
        {
            throw new Cql2Exception($"the {g.GeometryType} literal is empty");
        }

        if (g.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
        {
            throw new Cql2Exception($"the {g.GeometryType} literal has a coordinate that is not a finite number");
        }

        var error = new IsValidOp(g).ValidationError;
        return error is null ? g
            : throw new Cql2Exception($"the {g.GeometryType} literal is not a valid geometry: {error.Message}" + FormattableString.Invariant($" at ({error.Coordinate?.X}, {error.Coordinate?.Y})"));
    }
}
