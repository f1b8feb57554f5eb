using AutoDiag.Deployment.Tests.Support;

namespace AutoDiag.Deployment.Tests.Teams;

/// <summary>The two icons Teams requires: color.png 192×192, outline.png 32×32 white on transparent.</summary>
public sealed class TeamsIconTests
{
    private static Png Read(string file) => Png.Read(File.ReadAllBytes(RepositoryPaths.InTeams(file)));

    [Fact]
    public void ColorIcon_Is192By192_AndNotBlank()
    {
        var png = Read("color.png");
        Assert.Equal((192, 192), (png.Width, png.Height));
        Assert.True(png.Pixels().Distinct().Count() > 2, "color.png is a single colour.");
    }

    [Fact]
    public void OutlineIcon_Is32By32()
    {
        var png = Read("outline.png");
        Assert.Equal((32, 32), (png.Width, png.Height));
    }

    [Fact]
    public void OutlineIcon_HasATransparentBackground()
    {
        var png = Read("outline.png");
        Assert.True(png.HasAlphaChannel || png.HasTransparencyChunk, "outline.png has no transparency.");
        var pixels = png.Pixels().ToList();
        Assert.Equal(0, png.Pixel(0, 0).A);
        Assert.Equal(0, png.Pixel(31, 31).A);
        var transparent = pixels.Count(p => p.A == 0);
        Assert.InRange(transparent, pixels.Count / 3, pixels.Count - 40);
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnly()
    {
        var png = Read("outline.png");
        var coloured = png.Pixels().Where(p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255)).ToList();
        Assert.True(coloured.Count == 0, $"{coloured.Count} visible pixels of outline.png are not white, e.g. {coloured.FirstOrDefault()}.");
    }

    [Fact]
    public void Reader_RejectsACorruptedIcon()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.InTeams("outline.png"));
        Png.Read(bytes);

        var badCrc = (byte[])bytes.Clone();
        badCrc[20] ^= 0x01; // inside IHDR's data (width)
        Assert.Throws<InvalidDataException>(() => Png.Read(badCrc));

        var notPng = (byte[])bytes.Clone();
        notPng[1] = (byte)'J';
        Assert.Throws<InvalidDataException>(() => Png.Read(notPng));

        Assert.Throws<InvalidDataException>(() => Png.Read(bytes[..^12])); // no IEND
    }
}
