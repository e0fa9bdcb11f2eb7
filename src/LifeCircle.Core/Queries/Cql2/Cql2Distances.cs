using System.Runtime.CompilerServices;
using LifeCircle.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Queries.Cql2;

/// <summary>Evaluates S_DWITHIN: straight-line distance in metres, measured in a transverse Mercator projection centred on the literal.</summary>
/// <remarks>Lon/lat is not metres: both geometries are projected before measuring. Within a few kilometres of the centre the projection's scale error is far below a metre.</remarks>
internal static class Cql2Distances
{
    private static readonly ConditionalWeakTable<Geometry, Projected> Literals = [];

    public static bool? Within(DistanceWithinExpression d, Geometry? a, Geometry? b)
    {
        if (a is null || b is null || d.Metres is not LiteralOperand { Value: double metres })
        {
            return null;
        }

        var (literal, other) = d.Right is GeometryOperand ? (b, a) : (a, b);
        var projected = Literals.GetValue(literal, g => new Projected(g));
        return projected.Metric.IsWithinDistance(projected.Project(other), metres);
    }

    /// <summary>A literal with the projection centred on it and its own projected copy, made once per bound filter.</summary>
    private sealed class Projected
    {
        private readonly LocalTransverseMercator _projection;

        public Projected(Geometry literal)
        {
            var centre = literal.EnvelopeInternal.Centre;
            _projection = new LocalTransverseMercator(new GeoPosition(centre.X, centre.Y));
            Metric = Project(literal);
        }

        public Geometry Metric { get; }

        public Geometry Project(Geometry g)
        {
            var copy = g.Copy();
            copy.Apply(new ProjectFilter(_projection));
            return copy;
        }
    }

    private sealed class ProjectFilter(LocalTransverseMercator projection) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = projection.Project(new GeoPosition(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
