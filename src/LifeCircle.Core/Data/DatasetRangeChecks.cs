using System.Globalization;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data;

/// <summary>Refuses numbers outside the range their layer property allows (<see cref="LayerProperty.Minimum"/>, <see cref="LayerProperty.Maximum"/>):
/// a negative population, an elderly share of 21 (a percentage) or 1.5, a year of 19.</summary>
/// <remarks>Run on the records as read, before anything is derived from them, so each wrong value is reported once, where it is in the package.</remarks>
public static class DatasetRangeChecks
{
    public static IReadOnlyList<DatasetProblem> Validate(Dataset d, DatasetChecks.RecordLocator? locate = null)
    {
        var at = locate ?? DatasetChecks.DefaultLocator;
        var problems = new List<DatasetProblem>();
        Check(d.Facilities, LayerCodecs.Facilities, DatasetFiles.Facilities, at, problems);
        Check(d.Areas, LayerCodecs.Areas, DatasetFiles.Areas, at, problems);
        Check(d.Circles, LayerCodecs.Circles, DatasetFiles.Circles, at, problems);
        Check(d.Blocks, LayerCodecs.Blocks, DatasetFiles.Blocks, at, problems);
        return problems;
    }

    private static void Check<T>(IReadOnlyList<T> items, LayerCodec<T> codec, string file, DatasetChecks.RecordLocator at, List<DatasetProblem> problems)
    {
        var ranged = codec.Layer.Properties.Select((p, i) => (Property: p, Index: i)).Where(x => x.Property.Minimum is not null || x.Property.Maximum is not null).ToList();
        for (int i = 0; i < items.Count; i++)
        {
            foreach (var (property, index) in ranged)
            {
                if (codec.ValueAt(items[i], index) is not { } boxed)
                {
                    continue;
                }

                double value = Convert.ToDouble(boxed, CultureInfo.InvariantCulture);
                if (value >= (property.Minimum ?? double.NegativeInfinity) && value <= (property.Maximum ?? double.PositiveInfinity))
                {
                    continue;
                }

                problems.Add(new DatasetProblem(at(file, i), property.Name, $"{Number(value)} is not allowed; {Allowed(property)}")
                {
                    RecordId = codec.IdOf(items[i]),
                    Hint = PercentageHint(property, value) ?? property.Description.En,
                });
            }
        }
    }

    private static string Allowed(LayerProperty p) => (p.Minimum, p.Maximum) switch
    {
        ({ } min, { } max) => $"give a number from {Number(min)} to {Number(max)}",
        ({ } min, null) => $"give a number of at least {Number(min)}",
        (null, { } max) => $"give a number of at most {Number(max)}",
        _ => "",
    };

    /// <summary>A share written as a percentage (21 for 21 %) is the common mistake: say so, with the value it should be.</summary>
    private static string? PercentageHint(LayerProperty p, double value) =>
        p is { Minimum: 0, Maximum: 1 } && value is > 1 and <= 100
            ? $"{Number(value)} looks like a percentage: give the share, divided by 100 ({Number(value / 100)})"
            : null;

    private static string Number(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
