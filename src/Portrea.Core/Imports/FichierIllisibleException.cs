namespace Portrea.Core.Imports;

/// <summary>The file cannot be read at all (wrong encoding, wrong format, truncated): nothing is imported.</summary>
public sealed class FichierIllisibleException(string message, Exception? inner = null) : Exception(message, inner);
