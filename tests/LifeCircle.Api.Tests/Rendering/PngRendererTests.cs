using System.Text;
using LifeCircle.Api.Rendering;
using LifeCircle.Core.Charts;
using SkiaSharp;

namespace LifeCircle.Api.Tests.Rendering;

public class PngRendererTests
{
    [Fact]
    public void ThePngFontIsTheShippedNotoSansHansInBothWeightsWithItsLicence()
    {
        Assert.True(File.Exists(Path.Combine(PngRenderer.FontFolder, "OFL.txt")), "the font's licence travels with it");
        var regular = PngRenderer.Typeface(SKFontStyle.Normal);
        var bold = PngRenderer.Typeface(SKFontStyle.Bold);

        Assert.Equal("Noto Sans S Chinese", regular.FamilyName);
        Assert.Equal("Noto Sans S Chinese", bold.FamilyName);
        Assert.True(bold.FontWeight > regular.FontWeight, $"bold {bold.FontWeight}, regular {regular.FontWeight}");
    }

    [Fact]
    public void DifferentChineseCharactersDrawDifferentlyAndNotAsTheMissingGlyphBox()
    {
        var zhong = Pixels("中");
        var wen = Pixels("文");
        var unassigned = Pixels("\uE000"); // a private-use point no font draws: what a missing glyph looks like

        Assert.Contains(zhong, p => p != SKColors.White);
        Assert.NotEqual(zhong, wen);
        Assert.NotEqual(zhong, unassigned);
        Assert.NotEqual(wen, unassigned);
    }

    [Fact]
    public void TheShippedNativeSkiaLibraryNeedsNoFontconfig()
    {
        // Azure's Linux Functions hosts have no fontconfig: a library that names it fails to load there, and every PNG with it.
        var library = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libSkiaSharp.so");
        var bytes = File.ReadAllBytes(library);

        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes("libfontconfig.so")));
        Assert.NotEqual(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes("libc.so.6"))); // the search does find what a library needs
    }

    private static SKColor[] Pixels(string text)
    {
        var png = PngRenderer.Draw(new Drawing(40, 40, "glyph", "zh", [new Label(4, 32, text, 28, "#000000")]));
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Pixels;
    }
}
