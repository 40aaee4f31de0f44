namespace Yincai.Platform.Validation;

/// <summary>
/// Anchors <c>ValidationMessages.resx</c> (neutral = zh-CN) and <c>ValidationMessages.en.resx</c>, so that
/// <c>new ResourceManager(typeof(ValidationMessages))</c> finds the manifest name
/// <c>Yincai.Platform.Validation.ValidationMessages</c>.
/// </summary>
public sealed class ValidationMessages;
