using System.Text.Json;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Writes and reads the provenance members every published feature carries.</summary>
internal static class ProvenanceProperties
{
    public static void Write(Utf8JsonWriter w, Provenance p)
    {
        w.WriteString("provenance", Vocabulary.Name(p.Existence));
        w.WriteString("position_provenance", Vocabulary.Name(p.Position));
        w.WriteString("figures_provenance", Vocabulary.Name(p.Figures));
        if (p.Source is not null)
        {
            w.WriteString("source", p.Source);
        }

        if (p.SourceCrs is not null)
        {
            w.WriteString("source_crs", p.SourceCrs);
        }
    }

    public static Provenance Read(JsonProperties p) => new(
        p.Enum("provenance", Vocabulary.ParseOrigin),
        p.Enum("position_provenance", Vocabulary.ParseOrigin),
        p.Enum("figures_provenance", Vocabulary.ParseOrigin),
        p.OptString("source"),
        p.OptString("source_crs"));

    public static void WriteNames(Utf8JsonWriter w, LocalizedText name)
    {
        w.WriteString("name_zh", name.Zh);
        w.WriteString("name_en", name.En);
    }

    public static LocalizedText ReadNames(JsonProperties p) => new(p.String("name_zh"), p.String("name_en"));

    public static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static void WriteOptional(Utf8JsonWriter w, string name, int? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, value.Value);
        }
    }

    public static T Require<T>(T? geometry, JsonProperties p, string what)
        where T : class =>
        geometry ?? throw new DatasetFormatException(p.Location, "geometry", $"must be a {what}");
}
