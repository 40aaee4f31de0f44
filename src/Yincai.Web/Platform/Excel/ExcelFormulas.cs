using System.IO.Compression;
using System.Xml;

namespace Yincai.Platform.Excel;

/// <summary>
/// Finds the cells of a workbook's first worksheet that hold a formula. MiniExcel reads only a formula's cached
/// value (the last result the spreadsheet computed, or nothing when it never computed one), so an import would take
/// that value for what the person typed; the sheet's XML says which cells are formulas (an &lt;f&gt; element).
/// </summary>
public static class ExcelFormulas
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>For each row number (as Excel shows it), the 0-based columns whose cells hold a formula.</summary>
    public static Dictionary<int, HashSet<int>> OfFirstSheet(Stream workbook) => Scan(workbook).Formulas;

    /// <summary>The formula cells of the first worksheet, and how many of its rows have cells (an upper bound of the rows
    /// that hold anything: a cell may be empty), in one reading of the sheet's XML.</summary>
    public static (Dictionary<int, HashSet<int>> Formulas, int RowsWithCells) Scan(Stream workbook)
    {
        var found = new Dictionary<int, HashSet<int>>();
        var rows = 0;
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        if (FirstSheetPath(zip) is not { } path || zip.GetEntry(path) is not { } sheet) return (found, 0);
        using var reader = XmlReader.Create(sheet.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        int row = 0, column = -1;
        var counted = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != MainNamespace) continue;
            switch (reader.LocalName)
            {
                case "row":
                    // r is optional: without it a row follows the one before.
                    row = int.TryParse(reader.GetAttribute("r"), out var r) ? r : row + 1;
                    column = -1;
                    counted = false;
                    break;
                case "c":
                    if (!counted) (rows, counted) = (rows + 1, true);
                    column = reader.GetAttribute("r") is { } reference ? ColumnOf(reference) : column + 1;
                    break;
                case "f":
                    if (!found.TryGetValue(row, out var columns)) found[row] = columns = [];
                    columns.Add(column);
                    break;
            }
        }
        return (found, rows);
    }

    /// <summary>The cell reference Excel shows (B5) for a 0-based column and a row number.</summary>
    public static string Reference(int column, int row)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /// <summary>The part of the first sheet in the workbook's order, as MiniExcel reads it.</summary>
    internal static string? FirstSheetPath(ZipArchive zip)
    {
        if (zip.GetEntry("xl/workbook.xml") is not { } workbook) return null;
        string? id = null;
        using (var reader = XmlReader.Create(workbook.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            while (id is null && reader.Read())
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet" }) id = reader.GetAttribute("id", RelationshipNamespace);
        if (id is null || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels) return null;
        using var relations = XmlReader.Create(rels.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (relations.Read())
        {
            if (relations is not { NodeType: XmlNodeType.Element, LocalName: "Relationship" } || relations.GetAttribute("Id") != id) continue;
            var target = relations.GetAttribute("Target") ?? "";
            return target.StartsWith('/') ? target[1..] : "xl/" + target;
        }
        return null;
    }
}
