using System.IO.Compression;

namespace LifeCircle.Core.Data.Packages;

/// <summary>The files of a dataset package: a folder, or a .zip (files at its root or in one top folder).</summary>
public sealed class PackageSource : IDisposable
{
    private readonly string? _folder;
    private readonly ZipArchive? _zip;
    private readonly string _prefix = string.Empty;

    private PackageSource(string? folder, ZipArchive? zip)
    {
        _folder = folder;
        _zip = zip;
        if (zip is not null && zip.GetEntry("dataset.json") is null)
        {
            var nested = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("/dataset.json", StringComparison.Ordinal) && e.FullName.Count(c => c == '/') == 1);
            _prefix = nested is null ? string.Empty : nested.FullName[..(nested.FullName.IndexOf('/') + 1)];
        }
    }

    public static PackageSource OpenPackage(string path) =>
        Directory.Exists(path) ? new PackageSource(path, null)
        : File.Exists(path) ? new PackageSource(null, ZipFile.OpenRead(path))
        : throw new DatasetFormatException(path, "(package)", "is neither a folder nor a .zip file");

    public static PackageSource FromZip(Stream zip) => new(null, new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: false));

    public bool Exists(string name) => _zip is null ? File.Exists(Path.Combine(_folder!, name)) : _zip.GetEntry(_prefix + name) is not null;

    public Stream Open(string name) =>
        _zip is null ? File.OpenRead(Path.Combine(_folder!, name))
        : _zip.GetEntry(_prefix + name)?.Open() ?? throw new FileNotFoundException(name);

    public void Dispose() => _zip?.Dispose();
}
