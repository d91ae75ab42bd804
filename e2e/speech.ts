// Real speech for the browser suite: a WAV spoken by espeak-ng (Debian), fed to Chromium as its
// microphone, and ffmpeg/ffprobe (Debian) to check what the app stored. Needs
// `apt-get install espeak-ng ffmpeg` (.ci/run installs them).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

/** Speaks `text` into a WAV at `file`; answers its duration in seconds (the WAV header has it). */
export function speakToWav(file: string, text: string): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync("espeak-ng", ["-s", "150", "-w", file, text]);
  return probeDuration(file);
}

function probeDuration(file: string): number {
  return Number(
    execFileSync("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file], { encoding: "utf8" }).trim(),
  );
}

/**
 * Decodes a recording (MediaRecorder WebM has no duration in its header, so only decoding tells)
 * into a WAV next to it; answers the decoded duration and the mean volume in dBFS. Throws when
 * ffmpeg cannot decode the file.
 */
export function decodeRecording(file: string): { seconds: number; meanVolumeDb: number } {
  const wav = file.replace(/\.[^.]+$/, "") + ".decoded.wav";
  execFileSync("ffmpeg", ["-v", "error", "-y", "-i", file, "-f", "wav", wav]);
  // volumedetect reports on stderr
  const report = spawnSync("ffmpeg", ["-hide_banner", "-nostats", "-i", wav, "-af", "volumedetect", "-f", "null", "-"], {
    encoding: "utf8",
  }).stderr;
  const mean = /mean_volume: (-?[\d.]+) dB/.exec(report);
  return { seconds: probeDuration(wav), meanVolumeDb: mean ? Number(mean[1]) : -Infinity };
}

/** A Chromium whose microphone plays `wav` once (then silence), granted without a prompt. */
export function launchWithSpokenMicrophone(wav: string, baseArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      ...baseArgs,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${path.resolve(wav)}%noloop`,
    ],
  });
}
