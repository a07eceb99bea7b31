export { useColumnDisplay } from '@/lib/use-column-display.ts';
