namespace Portrea.Core.Lieux;

/// <summary>A person or desk to contact about a place; only contacts marked public ever leave the back office.</summary>
public sealed class ContactLieu
{
    public int Id { get; set; }
    public int LieuId { get; set; }
    public string? Nom { get; set; }
    public string? Fonction { get; set; }
    public string? Telephone { get; set; }
    public string? Courriel { get; set; }
    public bool Public { get; set; }
}
