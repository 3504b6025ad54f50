// benchmark: safe GDPR014
// The note is encrypted (AES-CBC) before it is written.
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using GdprAnalyzers.Annotations;

public sealed class HealthNote
{
    [PersonalData(PersonalDataCategory.SpecialCategory)] public string Text { get; set; } = "";
}

public sealed class NoteFile
{
    public void Save(Aes aes, byte[] iv, HealthNote note)
    {
        string line = Convert.ToBase64String(aes.EncryptCbc(Encoding.UTF8.GetBytes(note.Text), iv)) + "\n";
        File.AppendAllText("notes.txt", line);
    }
}
