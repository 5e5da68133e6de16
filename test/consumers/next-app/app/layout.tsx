import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import 'react-action-instances/styles.css'

export const metadata: Metadata = { title: 'Integrations', icons: { icon: 'data:,' } }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
