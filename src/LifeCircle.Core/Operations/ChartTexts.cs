using System.Globalization;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Versions;

namespace LifeCircle.Core.Operations;

/// <summary>The words of charts and maps in Chinese and English, and the source line every one carries.</summary>
public static class ChartTexts
{
    public const string Residents = "residents";
    public const string Elderly = "elderly";

    /// <summary>"LifeCircle Open Data, {district}, version {version}, {licence}", in the chart's language.</summary>
    public static string SourceLine(PublishedVersion version, string language)
    {
        var district = version.District.Name.In(language);
        var licence = version.District.Licence.Id.Replace('-', ' ');
        return language == "zh"
            ? $"LifeCircle Open Data，{district}，版本 {version.Id}，{licence}"
            : $"LifeCircle Open Data, {district}, version {version.Id}, {licence}";
    }

    /// <summary>The illustrative-data notice the dataset's pages show, in the chart's language, or null when every layer is sourced.</summary>
    public static string? Notice(DatasetMetadata metadata, string language) =>
        IllustrativeNotice.AppliesTo(metadata.Provenance) ? IllustrativeNotice.Text.In(language) : null;

    public static string Scenario(string scenario, string language) => (scenario, language) switch
    {
        (Scenarios.Existing, "zh") => "现有设施",
        (Scenarios.Existing, _) => "existing facilities",
        (_, "zh") => "含规划设施",
        _ => "with planned facilities",
    };

    public static string Population(string population, string language) => (population, language) switch
    {
        (Elderly, "zh") => "老年居民",
        (Elderly, _) => "elderly residents",
        (_, "zh") => "居民",
        _ => "residents",
    };

    public static string Minutes(int minutes, string language) =>
        minutes.ToString(CultureInfo.InvariantCulture) + (language == "zh" ? " 分钟" : " min");

    public static string Subtitle(CoverageLabels labels, string scenario, string version, string language) => language == "zh"
        ? $"{labels.District.Zh} · {Scenario(scenario, language)} · 数据版本 {version}"
        : $"{labels.District.En} · {Scenario(scenario, language)} · dataset version {version}";

    public static string NoResidents(string language) => language == "zh" ? "无居民" : "no residents";

    public static string Metres(double metres, string language) => metres >= 1000
        ? (metres / 1000).ToString("0.#", CultureInfo.InvariantCulture) + (language == "zh" ? " 千米" : " km")
        : metres.ToString("0", CultureInfo.InvariantCulture) + (language == "zh" ? " 米" : " m");
}

/// <summary>The file names charts and maps are served under.</summary>
public static class ChartFiles
{
    /// <summary>Refuses a file extension that is not a chart format (404: there is no such file).</summary>
    public static void Check(string format, string path)
    {
        if (!ChartDocument.Formats.Contains(format))
        {
            throw ProblemException.NotFound($"There is no {path}.{format}; it is drawn as {string.Join(" or ", ChartDocument.Formats.Select(f => $"{path}.{f}"))}.");
        }
    }
}
