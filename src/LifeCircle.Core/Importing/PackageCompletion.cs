using LifeCircle.Core.Data;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Importing;

/// <summary>Completes a package as read: applies the district's category declarations and derives or defaults what a minimal package leaves out,
/// each step reported as a note and listed in the published metadata ("derived").</summary>
public static partial class PackageCompletion
{
    /// <summary>The completed dataset, and the reading problems (those about optional files left out become notes) with the new notes and errors.</summary>
    public static (Dataset Dataset, IReadOnlyList<DatasetProblem> Problems) Complete(Dataset dataset, IReadOnlyList<DatasetProblem> read)
    {
        var work = new Work(new List<DatasetProblem>(), new List<Derivation>());
        var d = dataset.Metadata is { Provenance: not null, Sources: not null } ? dataset
            : dataset with { Metadata = dataset.Metadata with { Provenance = dataset.Metadata.Provenance ?? new Dictionary<string, LayerProvenance>(), Sources = dataset.Metadata.Sources ?? [] } };
        d = OptionalFiles(d, read, work);
        d = Categories(d, work);
        d = Layers(d, work);
        if (work.Derived.Count > 0)
        {
            d = d with { Metadata = d.Metadata with { Derived = work.Derived } };
        }

        var notes = work.Derived.Select(x => new DatasetProblem(x.Layer, x.Field, x.Records > 0 ? $"{x.How} ({x.Records} record(s))" : x.How, ProblemSeverity.Note));
        return (d, [.. work.Problems, .. notes]);
    }

    /// <summary>What completion found: problems (reading problems kept, new errors) and derivations.</summary>
    private sealed record Work(List<DatasetProblem> Problems, List<Derivation> Derived)
    {
        /// <summary>Records a derivation done for <paramref name="records"/> records; nothing when there were none.</summary>
        public void Derive(string layer, string field, string how, int records)
        {
            if (records > 0)
            {
                Derived.Add(new Derivation(layer, field, how, records));
            }
        }

        /// <summary>Records what stands in for a whole file the package left out.</summary>
        public void DeriveFile(string layer, string how) => Derived.Add(new Derivation(layer, "(file)", how, 0));
    }
}
