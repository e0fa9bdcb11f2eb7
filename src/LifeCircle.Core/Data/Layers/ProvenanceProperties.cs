using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Reads the names and provenance members every package layer carries.</summary>
internal static class ProvenanceProperties
{
    public static Provenance Read(JsonProperties p) => new(
        p.Enum("provenance", Vocabulary.ParseOrigin),
        p.Enum("position_provenance", Vocabulary.ParseOrigin),
        p.Enum("figures_provenance", Vocabulary.ParseOrigin),
        p.OptString("source"),
        p.OptString("source_crs"));

    public static LocalizedText ReadNames(JsonProperties p) => new(p.String("name_zh"), p.String("name_en"));
}
