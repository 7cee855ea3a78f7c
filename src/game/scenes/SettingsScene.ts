/** Settings: sound, motion, contrast and time, kept between visits. */
import { stack } from '../layout';
import { CHOICES, cycle, type Settings } from '../settings';
import { useHighContrast } from '../theme';
import { Button } from '../ui/button';
import { MarqueeScene } from './base';

export class SettingsScene extends MarqueeScene {
  protected override backTo = 'Menu';

  constructor() {
    super('Settings');
  }

  create(): void {
    this.start();
  }

  protected screenTitle(): string {
    return 'Settings';
  }


  private change(patch: Partial<Settings>): void {
    const next = { ...this.services.settings.get(), ...patch };
    this.services.settings.set(next);
    this.services.sfx.volume = next.volume;
    this.services.sfx.muted = next.muted;
    useHighContrast(next.highContrast);
    this.services.sfx.play('select');
    this.game.events.emit('marquee:settings', next);
  }

  protected render(): void {
    const f = this.frame;
    const s = this.services.settings.get();
    const title = this.heading('SETTINGS', f.column.y, Math.round(f.text * 2.2));
    const rows: { name: string; label: string; patch: () => Partial<Settings> }[] = [
      { name: 'sound', label: `Sound: ${s.muted ? 'muted' : 'on'}`, patch: () => ({ muted: !s.muted }) },
      { name: 'volume', label: `Volume: ${Math.round(s.volume * 100)}%`, patch: () => ({ volume: cycle(CHOICES.volume, s.volume) }) },
      { name: 'timer-scale', label: `Time to answer: ${s.timerScale === 1 ? 'normal' : `×${s.timerScale}`}`, patch: () => ({ timerScale: cycle(CHOICES.timerScale, s.timerScale) }) },
      { name: 'motion', label: `Reduced motion: ${s.reducedMotion ? 'on' : 'off'}`, patch: () => ({ reducedMotion: !s.reducedMotion }) },
      { name: 'contrast', label: `High contrast: ${s.highContrast ? 'on' : 'off'}`, patch: () => ({ highContrast: !s.highContrast }) },
      // Only where the device has a voice; elsewhere the row says so and stays off.
      this.services.voice?.available()
        ? { name: 'read-aloud', label: `Read questions aloud: ${s.readAloud ? 'on' : 'off'}`, patch: () => ({ readAloud: !s.readAloud }) }
        : { name: 'read-aloud', label: 'No voice here to read aloud', patch: () => ({ readAloud: false }) },
    ];
    // Backup of all progress to a file and back, and the deck template (the browser's own file dialogs; see src/storage/dom.ts).
    const progress = this.services.progress;
    const template = this.services.deckTemplate;
    const backup = [
      ...(progress
        ? [
            { name: 'export', label: 'Export progress to a file', press: () => void progress.exportToFile() },
            { name: 'import', label: 'Import progress from a file', press: () => void progress.importFromFile() },
          ]
        : []),
      // A deck of one's own from a spreadsheet: the columns to fill, then Setup → Add your own deck.
      ...(template ? [{ name: 'deck-template', label: 'Download the CSV deck template', press: () => void template() }] : []),
    ];
    const rects = stack(this.frame, title.y + title.height + f.text * 1.2, rows.length + backup.length + 1);
    rows.forEach((row, i) => {
      const rect = rects[i];
      if (rect) this.buttons.push(new Button(this, { name: row.name, label: `${row.label}  ▸`, rect, fontPx: f.text, dpr: f.dpr, onPress: () => this.change(row.patch()) }));
    });
    backup.forEach((b, i) => {
      const rect = rects[rows.length + i];
      if (rect) this.buttons.push(new Button(this, { name: b.name, label: b.label, rect, fontPx: f.text, dpr: f.dpr, onPress: b.press }));
    });
    const back = rects[rows.length + backup.length];
    if (back) this.buttons.push(new Button(this, { name: 'back', label: 'Back', rect: back, fontPx: f.text, dpr: f.dpr, primary: true, onPress: () => this.scene.start('Menu') }));
  }
}
