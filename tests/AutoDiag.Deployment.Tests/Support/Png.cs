using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AutoDiag.Deployment.Tests.Support;

/// <summary>
/// A strict reader of 8-bit, non-interlaced PNG files (grey, grey + alpha, RGB, RGBA; what icons use): the signature,
/// every chunk's CRC, IHDR first and IEND last, the zlib stream, and the five row filters.
/// </summary>
public sealed class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private Png(int width, int height, byte colorType, bool hasTransparencyChunk, byte[][] rows)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        HasTransparencyChunk = hasTransparencyChunk;
        Rows = rows;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA.</summary>
    public byte ColorType { get; }

    public bool HasTransparencyChunk { get; }

    public bool HasAlphaChannel => ColorType is 4 or 6;

    private byte[][] Rows { get; }

    private int Channels => ColorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new NotSupportedException() };

    /// <summary>The pixel as RGBA.</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var row = Rows[y];
        var i = x * Channels;
        return ColorType switch
        {
            0 => (row[i], row[i], row[i], 255),
            2 => (row[i], row[i + 1], row[i + 2], 255),
            4 => (row[i], row[i], row[i], row[i + 1]),
            6 => (row[i], row[i + 1], row[i + 2], row[i + 3]),
            _ => throw new NotSupportedException(),
        };
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return Pixel(x, y);
            }
        }
    }

    /// <exception cref="InvalidDataException">Not a valid PNG, or not one this reader decodes.</exception>
    public static Png Read(byte[] file)
    {
        if (file.Length < Signature.Length || !file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: wrong signature.");
        }

        var offset = Signature.Length;
        var chunks = new List<(string Type, byte[] Data)>();
        while (offset < file.Length)
        {
            if (offset + 12 > file.Length)
            {
                throw new InvalidDataException("Truncated chunk.");
            }
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            if (length < 0 || offset + 12 + length > file.Length)
            {
                throw new InvalidDataException("Chunk longer than the file.");
            }
            var typeAndData = file.AsSpan(offset + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + 8 + length));
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            if (Crc32(typeAndData) != crc)
            {
                throw new InvalidDataException($"Bad CRC in chunk {type}.");
            }
            chunks.Add((type, typeAndData[4..].ToArray()));
            offset += 12 + length;
        }

        if (chunks.Count < 3 || chunks[0].Type != "IHDR" || chunks[^1].Type != "IEND")
        {
            throw new InvalidDataException("IHDR must come first and IEND last.");
        }

        var header = chunks[0].Data;
        if (header.Length != 13)
        {
            throw new InvalidDataException("IHDR must hold 13 bytes.");
        }
        var width = BinaryPrimitives.ReadInt32BigEndian(header);
        var height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        var (bitDepth, colorType, compression, filter, interlace) = (header[8], header[9], header[10], header[11], header[12]);
        if (width <= 0 || height <= 0 || compression != 0 || filter != 0)
        {
            throw new InvalidDataException("Invalid IHDR.");
        }
        if (bitDepth != 8 || colorType is not (0 or 2 or 4 or 6) || interlace != 0)
        {
            throw new InvalidDataException($"Only 8-bit non-interlaced grey/RGB(A) images are decoded here (depth {bitDepth}, colour type {colorType}, interlace {interlace}).");
        }

        using var compressed = new MemoryStream(chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray());
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);

        var png = new Png(width, height, colorType, chunks.Any(c => c.Type == "tRNS"), []);
        var bytesPerPixel = png.Channels;
        var stride = width * bytesPerPixel;
        var data = raw.ToArray();
        if (data.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"Image data holds {data.Length} bytes, expected {height * (stride + 1)}.");
        }

        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filterType = data[y * (stride + 1)];
            var row = data.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                int up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] = filterType switch
                {
                    0 => row[i],
                    1 => (byte)(row[i] + left),
                    2 => (byte)(row[i] + up),
                    3 => (byte)(row[i] + ((left + up) >> 1)),
                    4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                    _ => throw new InvalidDataException($"Unknown row filter {filterType}."),
                };
            }
            rows[y] = row;
            previous = row;
        }
        return new Png(width, height, colorType, png.HasTransparencyChunk, rows);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c;
    }).ToArray();

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
