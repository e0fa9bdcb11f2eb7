using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Reads the names and provenance members every package layer carries; what a record leaves out is defaulted and listed in <see cref="Provenance.Defaulted"/>.</summary>
internal static class ProvenanceProperties
{
    /// <summary>The provenance, the three origins defaulting to sourced (the district's own register is its source); <paramref name="missing"/> joins the record's other left-out properties.</summary>
    public static Provenance Read(JsonProperties p, List<string>? missing = null)
    {
        var left = missing ?? [];
        ValueOrigin Origin(string name)
        {
            if (p.OptString(name) is null)
            {
                left.Add(name);
                return ValueOrigin.Sourced;
            }

            return p.Enum(name, Vocabulary.ParseOrigin);
        }

        var provenance = new Provenance(Origin("provenance"), Origin("position_provenance"), Origin("figures_provenance"), p.OptString("source"), p.OptString("source_crs"));
        return left.Count == 0 ? provenance : provenance with { Defaulted = string.Join(',', left) };
    }

    /// <summary>name_zh (required) and name_en (defaults to name_zh).</summary>
    public static LocalizedText ReadNames(JsonProperties p, List<string> missing)
    {
        var zh = p.String("name_zh");
        return new(zh, Optional(p.OptString("name_en"), "name_en", zh, missing));
    }

    /// <summary>The value, or the fallback with <paramref name="name"/> noted as left out.</summary>
    public static T Optional<T>(T? value, string name, T fallback, List<string> missing)
        where T : notnull
    {
        if (value is null)
        {
            missing.Add(name);
            return fallback;
        }

        return value;
    }

    public static T OptionalValue<T>(T? value, string name, T fallback, List<string> missing)
        where T : struct
    {
        if (value is null)
        {
            missing.Add(name);
            return fallback;
        }

        return value.Value;
    }
}
