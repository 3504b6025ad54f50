// benchmark: leak GDPR103
// option: gdpr.probable_personal_data_in_flows = true
// Dapper inserts an unannotated Italian phone number (telefono); a purpose but no lawful basis.
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
    public void Salva(IDbConnection db, Cliente cliente)
    {
        db.Execute("INSERT INTO richiami (telefono) VALUES (@Telefono)", new { cliente.Telefono }); // expected
    }
}
