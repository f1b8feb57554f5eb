using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace AutoDiag.Knowledge.Exports;

/// <summary>
/// Writes a workbook of text, number and date cells sheet by sheet and row by row, each part compressed into the package as
/// it is written: no worksheet is ever held in memory, as a DOM or as uncompressed XML. Texts are inline strings (so never
/// formulas), numbers are numbers, dates are date serials shown « 31/12/2025 14:05 » (so that a spreadsheet sorts and
/// filters them as dates), and the first row of a sheet is bold.
/// </summary>
/// <remarks>
/// Why not the SDK here: its package buffers every part uncompressed until it is closed (it cannot write a write-only
/// package), and its first use in a process costs about as much as writing all the sheets — issue 5's time budget is
/// for the first call. Its reader and validator check these workbooks in the tests.
/// </remarks>
/// <example>
/// <code>
/// using (var workbook = new XlsxWorkbookWriter(stream))
/// {
///     workbook.BeginSheet("Matrice");
///     workbook.BeginRow(header: true); workbook.Text("Commune"); workbook.Text("Santé"); workbook.EndRow();
///     workbook.BeginRow(); workbook.Text("Merville"); workbook.Number(2); workbook.EndRow();
///     workbook.EndSheet();
///     workbook.BeginSheet("Réponses", dateColumns: 1);
///     workbook.BeginRow(); workbook.Text("Merville"); workbook.Date(new DateTime(2025, 12, 31, 14, 5, 0)); workbook.EndRow();
///     workbook.EndSheet();
///     workbook.Complete();
/// }
/// </code>
/// </example>
internal sealed class XlsxWorkbookWriter : IDisposable
{
    /// <summary>Excel refuses a longer sheet name.</summary>
    public const int MaxSheetNameLength = 31;

    private const string Spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string WorksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    /// <summary>The prefix the SDK gave SpreadsheetML elements.</summary>
    private const string X = "x";

    /// <summary>
    /// How <see cref="Date"/>'s cells show: as the CSV's text dates (<see cref="ExportLabels.Date"/>). Excel and
    /// LibreOffice read « mm » after « hh » as minutes.
    /// </summary>
    public const string DateFormatCode = "dd/mm/yyyy hh:mm";

    /// <summary>
    /// The width, in characters, of a column of <see cref="Date"/>s: the 16 characters of <see cref="DateFormatCode"/> and a
    /// margin. A spreadsheet shows a number wider than its column as « #### », where a text would run over the next cell.
    /// </summary>
    public const double DateColumnWidth = 17;

    /// <summary>Number formats 0 to 163 are built in; a workbook's own start at 164.</summary>
    private const string DateFormatId = "164";

    /// <summary>
    /// Number formats: the dates'; fonts: regular and bold; cell formats: 0 regular, 1 bold (the headers), 2 dates.
    /// </summary>
    private const string Styles =
        """<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""
        + $"""<x:numFmts count="1"><x:numFmt numFmtId="{DateFormatId}" formatCode="{DateFormatCode}" /></x:numFmts>"""
        + """<x:fonts count="2"><x:font /><x:font><x:b /></x:font></x:fonts>"""
        + """<x:fills count="2"><x:fill><x:patternFill patternType="none" /></x:fill><x:fill><x:patternFill patternType="gray125" /></x:fill></x:fills>"""
        + """<x:borders count="1"><x:border><x:left /><x:right /><x:top /><x:bottom /><x:diagonal /></x:border></x:borders>"""
        + $"""<x:cellXfs count="3"><x:xf /><x:xf fontId="1" applyFont="1" /><x:xf numFmtId="{DateFormatId}" applyNumberFormat="1" /></x:cellXfs>"""
        + """</x:styleSheet>""";

    /// <summary>Indexes of the cell formats in <see cref="Styles"/>.</summary>
    private const string HeaderStyle = "1", DateStyle = "2";

    private static readonly XmlWriterSettings PartSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = true,
    };

    private readonly ZipArchive package;
    private readonly List<string> sheetNames = [];
    private readonly HashSet<string> usedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> columnNames = [];
    private XmlWriter? sheet;
    private int rowNumber;
    private string rowText = string.Empty;
    private bool headerRow;
    private int column;
    private bool completed;

    /// <param name="stream">Receives the package; left open.</param>
    public XlsxWorkbookWriter(Stream stream) =>
        package = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>
    /// Starts a sheet named after <paramref name="name"/> as Excel allows: without : \ / ? * [ ], quotes and spaces trimmed
    /// at both ends, at most 31 characters, « (2) », « (3) »… appended to a name already used (regardless of case).
    /// </summary>
    /// <param name="dateColumns">The columns (0 for A) that will hold <see cref="Date"/>s, made <see cref="DateColumnWidth"/> wide.</param>
    public void BeginSheet(string name, params int[] dateColumns)
    {
        if (sheet is not null || completed)
        {
            throw new InvalidOperationException(completed ? "The workbook is complete." : "The previous sheet is not ended.");
        }
        if (dateColumns.Any(index => index < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(dateColumns), "Columns are numbered from 0.");
        }

        sheetNames.Add(UniqueName(name));
        sheet = OpenPart($"xl/worksheets/sheet{sheetNames.Count}.xml");
        sheet.WriteStartDocument();
        sheet.WriteStartElement(X, "worksheet", Spreadsheet);
        if (dateColumns.Length > 0)
        {
            // Before the rows, as the schema orders them: the widths must be known when the sheet begins.
            sheet.WriteStartElement(X, "cols", Spreadsheet);
            foreach (var index in dateColumns.Distinct().Order())
            {
                var number = (index + 1).ToString(CultureInfo.InvariantCulture);
                sheet.WriteStartElement(X, "col", Spreadsheet);
                sheet.WriteAttributeString("min", number);
                sheet.WriteAttributeString("max", number);
                sheet.WriteAttributeString("width", DateColumnWidth.ToString(CultureInfo.InvariantCulture));
                sheet.WriteAttributeString("customWidth", "1");
                sheet.WriteEndElement();
            }
            sheet.WriteEndElement();
        }
        sheet.WriteStartElement(X, "sheetData", Spreadsheet);
        rowNumber = 0;
    }

    /// <param name="header">Bold cells.</param>
    public void BeginRow(bool header = false)
    {
        var writer = Sheet;
        rowNumber++;
        rowText = rowNumber.ToString(CultureInfo.InvariantCulture);
        headerRow = header;
        column = 0;
        writer.WriteStartElement(X, "row", Spreadsheet);
        writer.WriteAttributeString("r", rowText);
    }

    /// <summary>An inline string cell; the characters XML cannot carry (control characters, lone surrogates) are dropped.</summary>
    public void Text(string? value)
    {
        var writer = StartCell("inlineStr");
        writer.WriteStartElement(X, "is", Spreadsheet);
        writer.WriteStartElement(X, "t", Spreadsheet);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteString(XmlSafe(value ?? string.Empty));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Number(int value) => NumberCell(value.ToString(CultureInfo.InvariantCulture), style: null);

    /// <summary>
    /// A date and time, shown as <see cref="DateFormatCode"/>: a number (the OLE Automation date serial, which Excel and
    /// LibreOffice use) with the date style, so that sorting and filtering go by date.
    /// </summary>
    /// <param name="value">The time to show, as read on a clock where the reader is: a spreadsheet has no time zones.</param>
    public void Date(DateTime value) => NumberCell(value.ToOADate().ToString("R", CultureInfo.InvariantCulture), DateStyle);

    private void NumberCell(string value, string? style)
    {
        var writer = StartCell("n", style);
        writer.WriteStartElement(X, "v", Spreadsheet);
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void EndRow() => Sheet.WriteEndElement();

    public void EndSheet()
    {
        var writer = Sheet;
        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
        writer.Dispose();
        sheet = null;
    }

    /// <summary>Writes the workbook (the sheets in the order they were begun), the styles and the package's indexes.</summary>
    public void Complete()
    {
        if (sheet is not null || completed)
        {
            throw new InvalidOperationException(completed ? "The workbook is already complete." : "The last sheet is not ended.");
        }
        completed = true;

        using (var workbook = OpenPart("xl/workbook.xml"))
        {
            workbook.WriteStartDocument();
            workbook.WriteStartElement(X, "workbook", Spreadsheet);
            workbook.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
            workbook.WriteStartElement(X, "sheets", Spreadsheet);
            for (var i = 1; i <= sheetNames.Count; i++)
            {
                workbook.WriteStartElement(X, "sheet", Spreadsheet);
                workbook.WriteAttributeString("name", sheetNames[i - 1]);
                workbook.WriteAttributeString("sheetId", i.ToString(CultureInfo.InvariantCulture));
                workbook.WriteAttributeString("id", OfficeRelationships, SheetRelationshipId(i));
                workbook.WriteEndElement();
            }
            workbook.WriteEndDocument();
        }

        using (var styles = package.CreateEntry("xl/styles.xml", CompressionLevel.Optimal).Open())
        {
            styles.Write(Encoding.UTF8.GetBytes(Styles));
        }

        using (var relationships = OpenPart("xl/_rels/workbook.xml.rels"))
        {
            relationships.WriteStartDocument();
            relationships.WriteStartElement("Relationships", PackageRelationships);
            Relationship(relationships, "styles", "/xl/styles.xml", "rIdStyles");
            for (var i = 1; i <= sheetNames.Count; i++)
            {
                Relationship(relationships, "worksheet", $"/xl/worksheets/sheet{i}.xml", SheetRelationshipId(i));
            }
            relationships.WriteEndDocument();
        }

        using (var relationships = OpenPart("_rels/.rels"))
        {
            relationships.WriteStartDocument();
            relationships.WriteStartElement("Relationships", PackageRelationships);
            Relationship(relationships, "officeDocument", "/xl/workbook.xml", "rIdWorkbook");
            relationships.WriteEndDocument();
        }

        using (var types = OpenPart("[Content_Types].xml"))
        {
            types.WriteStartDocument();
            types.WriteStartElement("Types", ContentTypes);
            ContentType(types, "Default", "Extension", "xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            ContentType(types, "Default", "Extension", "rels", "application/vnd.openxmlformats-package.relationships+xml");
            ContentType(types, "Override", "PartName", "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= sheetNames.Count; i++)
            {
                ContentType(types, "Override", "PartName", $"/xl/worksheets/sheet{i}.xml", WorksheetType);
            }
            types.WriteEndDocument();
        }
    }

    /// <summary>Closes the package: a complete workbook once <see cref="Complete"/> was called.</summary>
    public void Dispose()
    {
        sheet?.Dispose();
        package.Dispose();
    }

    private XmlWriter Sheet => sheet ?? throw new InvalidOperationException("No sheet begun.");

    private XmlWriter OpenPart(string path) =>
        XmlWriter.Create(package.CreateEntry(path, CompressionLevel.Optimal).Open(), PartSettings);

    /// <summary>Starts a cell of the given type at the next column, its reference (« C12 ») written without building a string.</summary>
    /// <param name="style">The cell format, when not the row's (bold in a header row, else none).</param>
    private XmlWriter StartCell(string type, string? style = null)
    {
        var writer = Sheet;
        while (columnNames.Count <= column)
        {
            columnNames.Add(ColumnName(columnNames.Count));
        }
        writer.WriteStartElement(X, "c", Spreadsheet);
        writer.WriteStartAttribute("r");
        writer.WriteString(columnNames[column++]);
        writer.WriteString(rowText);
        writer.WriteEndAttribute();
        if ((style ?? (headerRow ? HeaderStyle : null)) is { } format)
        {
            writer.WriteAttributeString("s", format);
        }
        writer.WriteAttributeString("t", type);
        return writer;
    }

    private static string SheetRelationshipId(int sheetNumber) => "rIdSheet" + sheetNumber.ToString(CultureInfo.InvariantCulture);

    private static void Relationship(XmlWriter writer, string type, string target, string id)
    {
        writer.WriteStartElement("Relationship", PackageRelationships);
        writer.WriteAttributeString("Type", OfficeRelationships + "/" + type);
        writer.WriteAttributeString("Target", target);
        writer.WriteAttributeString("Id", id);
        writer.WriteEndElement();
    }

    private static void ContentType(XmlWriter writer, string element, string keyAttribute, string key, string contentType)
    {
        writer.WriteStartElement(element, ContentTypes);
        writer.WriteAttributeString(keyAttribute, key);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }

    private string UniqueName(string name)
    {
        var clean = new string(XmlSafe(name).Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim('\'', ' ');
        if (clean.Length == 0)
        {
            clean = "Feuille";
        }
        var candidate = clean.Length > MaxSheetNameLength ? clean[..MaxSheetNameLength] : clean;
        for (var n = 2; !usedNames.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (clean.Length + suffix.Length > MaxSheetNameLength ? clean[..(MaxSheetNameLength - suffix.Length)] : clean) + suffix;
        }
        return candidate;
    }

    /// <summary>A, B, … Z, AA, AB…</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>The text itself when XML can carry all of it (the usual case: no copy); else a copy without the other characters.</summary>
    internal static string XmlSafe(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        // Vectorised: most texts hold nothing outside this range, in which every character is allowed.
        var start = text.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF');
        if (start < 0)
        {
            return -1;
        }
        for (var i = start; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
