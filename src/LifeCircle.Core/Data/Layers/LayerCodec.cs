using System.Text.Json;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>A codec whose properties, their order, types and null handling come from the layer's registry entry; a subclass only maps names to a record's values.</summary>
public abstract class LayerCodec<T>(LayerDefinition layer) : IFeatureCodec<T>
{
    public LayerDefinition Layer { get; } = layer;

    public abstract string IdOf(T item);

    public abstract Geometry? GeometryOf(T item);

    public abstract T Read(string id, JsonProperties properties, Geometry? geometry);

    public void WriteProperties(Utf8JsonWriter writer, T item)
    {
        foreach (var property in Layer.Properties)
        {
            Write(writer, property, ValueOf(item, property.Name));
        }
    }

    /// <summary>One property's value: string, int, double, bool, a list of strings, or null when unknown.</summary>
    protected abstract object? ValueOf(T item, string property);

    /// <summary>The values of the provenance members every layer ends with.</summary>
    protected static object? ProvenanceValue(Provenance p, string property) => property switch
    {
        "provenance" => Vocabulary.Name(p.Existence),
        "position_provenance" => Vocabulary.Name(p.Position),
        "figures_provenance" => Vocabulary.Name(p.Figures),
        "source" => p.Source,
        "source_crs" => p.SourceCrs,
        _ => throw new ArgumentException($"'{property}' is not a property this codec knows.", nameof(property)),
    };

    /// <summary>The geometry, when the layer declares its type; otherwise a problem naming the types allowed.</summary>
    protected TGeometry Require<TGeometry>(Geometry? geometry, JsonProperties p)
        where TGeometry : Geometry =>
        geometry is TGeometry g && Layer.Geometry.Admits(g)
            ? g
            : throw new DatasetFormatException(p.Location, "geometry", $"must be a {Layer.Geometry.Describe()}");

    /// <summary>The geometry or null, when the layer allows none.</summary>
    protected Geometry? Optional(Geometry? geometry, JsonProperties p) =>
        Layer.Geometry.Admits(geometry)
            ? geometry
            : throw new DatasetFormatException(p.Location, "geometry", $"must be a {Layer.Geometry.Describe()} or null");

    private void Write(Utf8JsonWriter w, LayerProperty property, object? value)
    {
        switch (value)
        {
            case null when property.Presence == Presence.OmittedWhenUnknown:
                break;
            case null when property.Presence == Presence.NullWhenUnknown:
                w.WriteNull(property.Name);
                break;
            case string s when property.Type == PropertyType.Text:
                w.WriteString(property.Name, s);
                break;
            case int i when property.Type is PropertyType.WholeNumber or PropertyType.Number:
                w.WriteNumber(property.Name, i);
                break;
            case double d when property.Type == PropertyType.Number:
                w.WriteNumber(property.Name, d);
                break;
            case bool b when property.Type == PropertyType.Flag:
                w.WriteBoolean(property.Name, b);
                break;
            case IEnumerable<string> list when property.Type == PropertyType.TextList:
                w.WriteStartArray(property.Name);
                foreach (var s in list)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"The {Layer.Id} layer's '{property.Name}' is {property.Type} ({property.Presence}), not '{value ?? "null"}' ({value?.GetType().Name}).");
        }
    }
}
