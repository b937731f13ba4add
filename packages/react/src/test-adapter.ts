// This binding as the shared suites in test/adapter-suite/ see it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { createElement, StrictMode } from 'react'
import type { Adapter } from '../../../test/adapter-suite/adapter.js'
import * as api from './index.js'

export const adapter: Adapter = {
  name: 'react',
  api,
  h: createElement,
  StrictMode,
  render,
  act,
  cleanup,
  fireEvent,
  screen,
}
