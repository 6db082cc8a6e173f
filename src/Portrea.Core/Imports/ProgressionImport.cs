namespace Portrea.Core.Imports;

/// <summary>Progress of a long import, for a CLI progress bar or a web progress indicator.</summary>
public sealed record ProgressionImport(string Etape, long Fait, long Total);
