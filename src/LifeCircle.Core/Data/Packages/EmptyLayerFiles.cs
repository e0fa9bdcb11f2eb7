namespace LifeCircle.Core.Data.Packages;

/// <summary>Reports layer files that hold no records, which is how an exported sheet that lost its rows looks.</summary>
/// <remarks>Publishing a package without facilities would replace the district's facilities with none, so that is an error;
/// an empty file beside files that do hold records is a warning naming it.</remarks>
public static class EmptyLayerFiles
{
    /// <summary>Adds an error when a <paramref name="required"/> layer's files were all read and all empty, else a warning per empty file of a layer of several files.</summary>
    public static void Report<T>(PackageLayer layer, LayerRecords<T> read, bool required, List<DatasetProblem> problems)
    {
        if (required && read.Records.Count == 0)
        {
            if (read.EmptyFiles.Count > 0 && read.EmptyFiles.Count == layer.Files.Count)
            {
                string files = string.Join(", ", read.EmptyFiles);
                problems.Add(new DatasetProblem(files, "(records)", $"{(read.EmptyFiles.Count == 1 ? "holds" : "hold")} no {layer.Name}: a package must have at least one (existing or planned)")
                {
                    Hint = "a header row without rows (or a FeatureCollection without features) is what an export that lost its rows looks like: export it again; the version served now is not replaced",
                });
            }

            return;
        }

        if (layer.Files.Count > 1)
        {
            foreach (var file in read.EmptyFiles)
            {
                problems.Add(new DatasetProblem(file, "(records)", $"holds no {layer.Name} (a header row only, or no features); the other files of the layer do", ProblemSeverity.Warning)
                {
                    Hint = "if it should hold some, export it again with its rows; else leave it out of layers." + layer.Name,
                });
            }
        }
    }
}
