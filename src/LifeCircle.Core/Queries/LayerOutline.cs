using LifeCircle.Core.Features;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Queries;

/// <summary>What a collection's description says of its features: how many, the box around them, and the years they span.</summary>
public sealed record LayerOutline(int Count, Envelope Extent, (int First, int Last)? YearRange)
{
    /// <summary>The outline of these features, with years from <paramref name="temporalProperty"/> when the layer has one.</summary>
    public static LayerOutline Of(IReadOnlyCollection<FeatureRecord> features, string? temporalProperty) =>
        Of(features.Count, features.Select(f => f.Geometry), temporalProperty is null ? [] : features.Select(f => f[temporalProperty]).OfType<double>());

    /// <summary>The outline of <paramref name="count"/> features with these geometries and years (a year's fraction is dropped).</summary>
    public static LayerOutline Of(int count, IEnumerable<Geometry?> geometries, IEnumerable<double> years)
    {
        var extent = new Envelope();
        foreach (var geometry in geometries)
        {
            if (geometry is not null)
            {
                extent.ExpandToInclude(geometry.EnvelopeInternal);
            }
        }

        (int First, int Last)? range = null;
        foreach (int year in years.Select(y => (int)y))
        {
            range = range is { } r ? (Math.Min(r.First, year), Math.Max(r.Last, year)) : (year, year);
        }

        return new LayerOutline(count, extent, range);
    }
}
