// benchmark: safe GDPR103
// option: gdpr.probable_personal_data_in_flows = true
// The same insert with purpose and lawful basis declared.
using System.Data;
using Dapper;
using GdprAnalyzers.Annotations;

public sealed class Cliente
{
    public string Telefono { get; set; } = "";
}

public sealed class Richiami
{
    [ProcessingPurpose("Call customers back")]
    [LawfulBasis(LawfulBasis.Contract)]
    public void Salva(IDbConnection db, Cliente cliente)
    {
        db.Execute("INSERT INTO richiami (telefono) VALUES (@Telefono)", new { cliente.Telefono });
    }
}
