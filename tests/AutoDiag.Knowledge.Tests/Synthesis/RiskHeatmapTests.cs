using System.Buffers.Binary;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Synthesis;
using SkiaSharp;

namespace AutoDiag.Knowledge.Tests.Synthesis;

/// <summary>The heatmap is a PNG of the documented size, and it has text: the embedded font is used whatever the machine has.</summary>
public sealed class RiskHeatmapTests(SynthesisFixture fixture) : IClassFixture<SynthesisFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void The_fiche_heatmap_is_a_png_of_the_expected_size()
    {
        var png = fixture.Documents.HeatmapPng;

        Assert.Equal((1200, 140 + 8 * 24 + 14), PngSize(png));
        Assert.Equal((RiskHeatmap.Width, RiskHeatmap.HeightFor(8)), PngSize(png));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1200, 346), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData(0, 178)]
    [InlineData(1, 178)]
    [InlineData(50, 1354)]
    [InlineData(58, 1546)]
    [InlineData(200, 1600)]
    public void Height_grows_with_the_communes_up_to_a_cap(int communes, int height)
    {
        Assert.Equal(height, RiskHeatmap.HeightFor(communes));
        Assert.Equal((1200, height), PngSize(RiskHeatmap.Render(Data(communes, name: i => $"Commune {i}"))));
    }

    [Fact]
    public void It_draws_text_where_the_labels_are()
    {
        // Commune names on the left, title on top: with no font, ScottPlot would leave these areas white.
        var labelled = RiskHeatmap.Render(Data(8, name: i => $"Saint-Commune-{i}"));
        var blank = RiskHeatmap.Render(Data(8, name: _ => string.Empty));

        var communeLabels = new SKRectI(0, RiskHeatmap.HeaderHeight, 240, RiskHeatmap.HeaderHeight + 8 * RiskHeatmap.RowHeight);
        Assert.True(DarkPixels(labelled, communeLabels) > 200, "no commune name drawn");
        Assert.Equal(0, DarkPixels(blank, communeLabels));
        Assert.True(DarkPixels(blank, new SKRectI(15, 5, 600, 35)) > 200, "no title drawn");
        Assert.NotEqual(labelled, blank);
    }

    [Fact]
    public void The_text_font_is_the_embedded_dejavu_sans()
    {
        RiskHeatmap.Render(Data(1, name: _ => "Merville"));

        var typeface = ScottPlot.Fonts.GetTypeface(RiskHeatmap.FontName, bold: false, italic: false);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.True(typeface.GlyphCount > 5000);
        using var font = typeof(RiskHeatmap).Assembly.GetManifestResourceStream("AutoDiag.Knowledge.Data.Fonts.DejaVuSans.ttf");
        Assert.NotNull(font);
    }

    private static RiskHeatmapData Data(int communes, Func<int, string> name)
    {
        var labels = new[] { "Jeunesse", "Vieillissement", "Mobilité", "Santé", "Accès aux droits", "Logement", "Insertion et emploi", "Précarité", "Lien social", "Gouvernance" };
        RiskLevel?[] levels = [null, RiskLevel.Faible, RiskLevel.Modere, RiskLevel.Eleve];
        var rows = Enumerable.Range(0, communes)
            .Select(i => new RiskHeatmapRow(name(i), labels.Select((_, t) => new ThemeCell((i + t) % 3, levels[(i * t) % 4])).ToList()))
            .ToList();
        return new RiskHeatmapData(labels, rows);
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(PngSignature), "not a PNG signature");
        Assert.Equal(13, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(8, 4)));
        Assert.Equal("IHDR"u8.ToArray(), png.AsSpan(12, 4).ToArray());
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static int DarkPixels(byte[] png, SKRectI area)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red + pixel.Green + pixel.Blue < 450)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
