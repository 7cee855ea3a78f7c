interface ImportMetaEnv {
  /** An id for this build (a date, a commit…), shown on <html data-build>; "local" when unset. */
  readonly VITE_BUILD_ID?: string;
}
