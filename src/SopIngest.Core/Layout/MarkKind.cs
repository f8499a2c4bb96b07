namespace SopIngest.Core.Layout;

/// <summary>What a reader found drawn (or rendered as a glyph) in a table cell.</summary>
public enum MarkKind
{
    /// <summary>Rounded capsule: Mulai / Selesai.</summary>
    Terminator,
    /// <summary>Rectangle.</summary>
    Process,
    /// <summary>Diamond.</summary>
    Decision,
    /// <summary>A shape whose symbol the source does not tell (<c>[]</c>, <c>■</c>).</summary>
    Shape,
    /// <summary>
    /// An arrow glyph or connecting line. In exports that keep no shapes at all (seed-002 style) the arrow
    /// is all that is left of a shape; the parser decides per table (see <c>ShapeMarks</c>).
    /// </summary>
    Arrow,
    /// <summary>An off-page connector (pentagon): joins page breaks, never a performer.</summary>
    OffPage,
}
