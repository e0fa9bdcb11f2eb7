using System.Text.Json;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data;

/// <summary>Maps one kind of record to and from a GeoJSON Feature (id, geometry, flat properties).</summary>
public interface IFeatureCodec<T>
{
    string IdOf(T item);

    Geometry? GeometryOf(T item);

    /// <summary>Writes the members of the "properties" object (the writer is inside it).</summary>
    void WriteProperties(Utf8JsonWriter writer, T item);

    T Read(string id, JsonProperties properties, Geometry? geometry);
}
