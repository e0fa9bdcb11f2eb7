using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data;

/// <summary>The published spelling of enumerated values (the same in files, storage and the API).</summary>
public static class Vocabulary
{
    /// <summary>Facility statuses as published, in declaration order.</summary>
    public static IReadOnlyList<string> StatusNames { get; } = ["existing", "planned", "under-construction"];

    public static string Name(FacilityStatus status) => StatusNames[(int)status];

    public static FacilityStatus? ParseStatus(string text)
    {
        int i = IndexOf(StatusNames, text);
        return i < 0 ? null : (FacilityStatus)i;
    }

    /// <summary>Origins as published: "sourced", "illustrative".</summary>
    public static IReadOnlyList<string> OriginNames { get; } = ["sourced", "illustrative"];

    public static string Name(ValueOrigin origin) => OriginNames[(int)origin];

    public static ValueOrigin? ParseOrigin(string text)
    {
        int i = IndexOf(OriginNames, text);
        return i < 0 ? null : (ValueOrigin)i;
    }

    private static int IndexOf(IReadOnlyList<string> names, string text)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
