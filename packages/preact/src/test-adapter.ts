// This binding as the shared suites in test/adapter-suite/ see it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { h } from 'preact'
import type { Adapter } from '../../../test/adapter-suite/adapter.js'
import * as api from './index.js'

export const adapter: Adapter = {
  name: 'preact',
  api,
  h: h,
  render,
  act,
  cleanup,
  fireEvent,
  screen,
}
