using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace LifeCircle.Core.Data.Packages.Readers;

/// <summary>Reads one feature table of an OGC GeoPackage (.gpkg, as ArcGIS, QGIS, SuperMap and GDAL write it) with Microsoft.Data.Sqlite and NetTopologySuite.IO.GeoPackage.</summary>
public static class GeoPackageFeatures
{
    /// <summary>The features of <paramref name="table"/> (the first feature table when null) and the WKT of their CRS (null when the GeoPackage says WGS84 or leaves it undefined).</summary>
    /// <exception cref="DatasetFormatException">The file is not a GeoPackage, has no such table, or a geometry cannot be read.</exception>
    public static (IReadOnlyList<AttributeFeature> Features, string? Wkt) Read(byte[] bytes, string file, string? table)
    {
        // SQLite reads files, not streams: the bytes (perhaps from a zip) are written to a private temporary file.
        var path = Path.Combine(Path.GetTempPath(), "lc-gpkg-" + Guid.NewGuid().ToString("N") + ".gpkg");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            return Read(connection, file, table);
        }
        catch (SqliteException ex)
        {
            throw new DatasetFormatException(file, "(file)", $"cannot be read as a GeoPackage: {ex.Message}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (IReadOnlyList<AttributeFeature>, string?) Read(SqliteConnection connection, string file, string? table)
    {
        var tables = Query(connection, "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.table_name",
            r => (Table: r.GetString(0), Column: r.GetString(1), Srs: r.GetInt32(2)));
        if (tables.Count == 0)
        {
            throw new DatasetFormatException(file, "(file)", "holds no feature table");
        }

        var chosen = table is null ? tables[0] : tables.FirstOrDefault(t => t.Table == table);
        if (chosen.Table is null)
        {
            throw new DatasetFormatException(file, "sheet", $"'{table}' is not a feature table of the GeoPackage; it has {string.Join(", ", tables.Select(t => t.Table))}");
        }

        var srs = Query(connection, $"SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = {chosen.Srs}",
            r => (Organization: r.GetString(0), Code: r.GetInt32(1), Definition: r.GetString(2))).FirstOrDefault();
        bool wgs84 = srs.Organization is null || chosen.Srs is 4326 or 0 or -1
            || (srs.Organization.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && srs.Code is 4326)
            || srs.Definition.Trim().Equals("undefined", StringComparison.OrdinalIgnoreCase);

        var reader = new GeoPackageGeoReader();
        int number = 0;
        var features = Query(connection, $"SELECT * FROM \"{chosen.Table.Replace("\"", "\"\"")}\"", r =>
        {
            number++;
            var attributes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            NetTopologySuite.Geometries.Geometry? geometry = null;
            for (int i = 0; i < r.FieldCount; i++)
            {
                var name = r.GetName(i);
                if (name.Equals(chosen.Column, StringComparison.OrdinalIgnoreCase))
                {
                    geometry = r.IsDBNull(i) ? null : Geometry(reader, (byte[])r.GetValue(i), $"{file} feature {number}");
                }
                else
                {
                    attributes[name] = r.IsDBNull(i) ? null : r.GetValue(i);
                }
            }

            return new AttributeFeature(number, attributes, geometry);
        });
        return (features, wgs84 ? null : srs.Definition);
    }

    private static NetTopologySuite.Geometries.Geometry Geometry(GeoPackageGeoReader reader, byte[] blob, string location)
    {
        try
        {
            return reader.Read(blob);
        }
        catch (Exception ex) when (ex is ArgumentException or ParseException or InvalidDataException or EndOfStreamException)
        {
            throw new DatasetFormatException(location, "geometry", $"is not a GeoPackage geometry: {ex.Message}");
        }
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
