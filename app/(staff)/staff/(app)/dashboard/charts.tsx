"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

const TYPE_COLORS: Record<string, string> = {
  access: "#1d4ed8",
  rectification: "#0891b2",
  erasure: "#b91c1c",
  portability: "#7c3aed",
  restriction: "#b45309",
  objection: "#047857",
};

export function VolumeChart({
  rows,
  empty = "No requests in the last 12 months.",
  typeNames = {},
}: {
  rows: { month: string; type: string; n: number }[];
  empty?: string;
  typeNames?: Record<string, string>;
}) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  const months = [...new Set(rows.map((r) => r.month))];
  const data = months.map((month) => ({
    month,
    ...Object.fromEntries(rows.filter((r) => r.month === month).map((r) => [r.type, r.n])),
  }));
  const types = Object.keys(TYPE_COLORS).filter((t) => rows.some((r) => r.type === t));
  return (
    <div style={{ width: "100%", height: 280 }} data-testid="volume-chart">
      <ResponsiveContainer>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {types.map((t) => (
            <Bar
              key={t}
              dataKey={t}
              name={typeNames[t] ?? t}
              stackId="a"
              fill={TYPE_COLORS[t]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function OnTimeChart({
  rows,
  empty = "No request was closed in the last 12 months.",
  series = "on time %",
}: {
  rows: { month: string; closed: number; onTimeRate: number }[];
  empty?: string;
  series?: string;
}) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  const data = rows.map((r) => ({ month: r.month, onTime: Math.round(r.onTimeRate * 100), closed: r.closed }));
  return (
    <div style={{ width: "100%", height: 280 }} data-testid="ontime-chart">
      <ResponsiveContainer>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis domain={[0, 100]} unit=" %" />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="onTime"
            name={series}
            stroke="#047857"
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
