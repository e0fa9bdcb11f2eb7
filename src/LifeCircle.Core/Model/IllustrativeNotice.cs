namespace LifeCircle.Core.Model;

/// <summary>Whether a dataset has illustrative values, and the notice its pages, charts and maps then carry.</summary>
public static class IllustrativeNotice
{
    /// <summary>The notice in both languages: one wording for the pages (PageText's illustrative_warning) and the images.</summary>
    public static LocalizedText Text { get; } = new("注意：本数据集的部分数据是示意数据，不是实测或官方数据。", "Note: parts of this dataset are illustrative, not measured or official.");

    /// <summary>True when any layer is not wholly sourced (its origin is "illustrative" or "mixed").</summary>
    public static bool AppliesTo(IReadOnlyDictionary<string, LayerProvenance>? provenance) =>
        provenance?.Values.Any(p => p.Origin != "sourced") == true;

    /// <summary>The notice for a page listing <paramref name="listed"/> datasets, of which those of <paramref name="concerned"/> have illustrative values:
    /// null when none has; naming the districts when several datasets are listed, so a reader knows which it concerns.</summary>
    /// <param name="language">"zh" or "en".</param>
    public static string? ForListing(IReadOnlyList<LocalizedText> concerned, int listed, string language)
    {
        if (concerned.Count == 0)
        {
            return null;
        }

        bool english = language == "en";
        var notice = english ? Text.En : Text.Zh;
        if (listed <= 1)
        {
            return notice;
        }

        return english
            ? $"{notice} (Concerns: {string.Join(", ", concerned.Select(d => d.En))})"
            : $"{notice}（涉及：{string.Join("、", concerned.Select(d => d.Zh))}）";
    }
}
