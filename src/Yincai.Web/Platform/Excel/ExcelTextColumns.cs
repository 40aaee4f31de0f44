using System.IO.Compression;
using System.Xml.Linq;

namespace Yincai.Platform.Excel;

/// <summary>
/// Formats whole columns of a written workbook's first sheet as text (number format "@"), so that what a person
/// types there later stays as typed: an ID number is not turned into 3.70102E+17 nor a mobile number into a number.
/// MiniExcel styles only the cells it writes, so the column styles are added to the finished package.
/// </summary>
public static class ExcelTextColumns
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const int TextFormat = 49; // the built-in "@"

    /// <param name="columns">0-based columns of the first sheet; the header row keeps its own style.</param>
    public static byte[] Apply(byte[] workbook, IReadOnlyCollection<int> columns)
    {
        if (columns.Count == 0) return workbook;
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheetPath = ExcelFormulas.FirstSheetPath(zip) ?? throw new InvalidDataException("The workbook has no worksheet.");
            var style = Rewrite(zip, "xl/styles.xml", AddTextStyle);
            Rewrite(zip, sheetPath, sheet => StyleColumns(sheet, columns, style));
        }
        return stream.ToArray();
    }

    /// <summary>Adds a cell format with the text number format and a thin border like the data cells; returns its index.</summary>
    private static int AddTextStyle(XDocument styles)
    {
        var formats = styles.Root!.Element(Main + "cellXfs") ?? throw new InvalidDataException("The workbook has no cell formats.");
        formats.Add(new XElement(Main + "xf", new XAttribute("numFmtId", TextFormat), new XAttribute("fontId", 0), new XAttribute("fillId", 0),
            new XAttribute("borderId", 0), new XAttribute("xfId", 0), new XAttribute("applyNumberFormat", 1)));
        var count = formats.Elements(Main + "xf").Count();
        formats.SetAttributeValue("count", count);
        return count - 1;
    }

    private static int StyleColumns(XDocument sheet, IReadOnlyCollection<int> columns, int style)
    {
        var root = sheet.Root!;
        var data = root.Element(Main + "sheetData") ?? throw new InvalidDataException("The worksheet has no data.");
        var cols = root.Element(Main + "cols");
        if (cols is null) data.AddBeforeSelf(cols = new XElement(Main + "cols"));
        foreach (var column in columns.Order())
            cols.Add(new XElement(Main + "col", new XAttribute("min", column + 1), new XAttribute("max", column + 1),
                new XAttribute("width", 22), new XAttribute("customWidth", 1), new XAttribute("style", style)));
        var letters = columns.Select(c => ExcelFormulas.Reference(c, 1)[..^1]).ToHashSet(StringComparer.Ordinal);
        foreach (var cell in data.Elements(Main + "row").Skip(1).Elements(Main + "c"))
            if ((string?)cell.Attribute("r") is { } reference && letters.Contains(reference.TrimEnd("0123456789".ToCharArray())))
                cell.SetAttributeValue("s", style);
        return 0;
    }

    private static T Rewrite<T>(ZipArchive zip, string path, Func<XDocument, T> change)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidDataException("The workbook has no " + path + ".");
        XDocument document;
        using (var read = entry.Open()) document = XDocument.Load(read);
        var result = change(document);
        entry.Delete();
        using var write = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        document.Save(write, SaveOptions.DisableFormatting);
        return result;
    }
}
