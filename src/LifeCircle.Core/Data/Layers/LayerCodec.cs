using System.Text.Json;
using LifeCircle.Core.Layers;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>A layer's GeoJSON codec: properties written in the registry's order, types and null handling from members found once by name, records built by the layer's reader.</summary>
public sealed class LayerCodec<T> : IFeatureCodec<T>
{
    private readonly Func<T, string> _id;
    private readonly Func<T, Geometry?> _geometry;
    private readonly Func<FeatureReading, T> _read;
    private readonly Func<T, object?>[] _values;

    /// <param name="read">Builds a record from one feature; it is where the layer's defaults and optional properties are.</param>
    /// <param name="members">The members of <typeparamref name="T"/> a property is written from where its name does not lead there (see <see cref="PropertyAccessors"/>), e.g. communities → CommunityCodes.</param>
    /// <exception cref="InvalidOperationException">A property of the layer leads to no member, or to one of another type.</exception>
    public LayerCodec(LayerDefinition layer, Func<T, string> id, Func<T, Geometry?> geometry, Func<FeatureReading, T> read, IReadOnlyDictionary<string, string>? members = null)
    {
        Layer = layer;
        _id = id;
        _geometry = geometry;
        _read = read;
        _values = PropertyAccessors.Of<T>(layer, members ?? new Dictionary<string, string>());
    }

    public LayerDefinition Layer { get; }

    public string IdOf(T item) => _id(item);

    public Geometry? GeometryOf(T item) => _geometry(item);

    /// <summary>The value an item has for one of the layer's properties, as it is written (null when unknown).</summary>
    public object? ValueOf(T item, string property)
    {
        for (int i = 0; i < _values.Length; i++)
        {
            if (Layer.Properties[i].Name == property)
            {
                return _values[i](item);
            }
        }

        throw new ArgumentException($"The {Layer.Id} layer has no property '{property}'.", nameof(property));
    }

    /// <summary>The value an item has for the layer's property at <paramref name="index"/> (in the registry's order), as it is written.</summary>
    public object? ValueAt(T item, int index) => _values[index](item);

    public T Read(string id, JsonProperties properties, Geometry? geometry) =>
        _read(new FeatureReading(Layer, id, properties, geometry));

    public void WriteProperties(Utf8JsonWriter writer, T item)
    {
        for (int i = 0; i < _values.Length; i++)
        {
            Write(writer, Layer.Properties[i], _values[i](item));
        }
    }

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
